import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apartmentRoutes } from './apartment-routes';
import { areaRoutes } from './area-routes';
import { buildingRoutes } from './building-routes';
import { entranceRoutes } from './entrance-routes';
import { mapImportRoutes } from './map-import-routes';

/** The registry of places: areas, buildings, entrances, apartments, the map and imports. */
export const placesRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(areaRoutes);
  await app.register(buildingRoutes);
  await app.register(entranceRoutes);
  await app.register(apartmentRoutes);
  await app.register(mapImportRoutes);
};
