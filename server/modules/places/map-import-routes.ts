import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  areaImportInput,
  buildingImportInput,
  idParams,
  importResult,
  mapFeatureCollection,
} from '../../../common/contracts/places';
import { importAreas, importBuildings } from './import-service';
import { placesMap } from './map-service';
import { placeContext } from './route-context';

/** Import files may be larger than ordinary requests: the contract allows 20 million characters. */
const importBodyLimit = 25 * 1024 * 1024;

/** The map of places, and the imports of areas (GeoJSON) and buildings (CSV). */
export const mapImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const map = { tags: ['places'], response: { 200: mapFeatureCollection } };
  app.get('/map', { config: { permission: 'area.read' }, schema: map }, async (request) =>
    placesMap(placeContext(app, request)),
  );
  app.get(
    '/areas/:id/map',
    { config: { permission: 'area.read' }, schema: { ...map, params: idParams } },
    async (request) => placesMap(placeContext(app, request), request.params.id),
  );
  const tags = ['import'];
  app.post(
    '/import/areas',
    {
      config: { permission: 'place.import' },
      bodyLimit: importBodyLimit,
      schema: { tags, body: areaImportInput, response: { 200: importResult } },
    },
    async (request) => importAreas(placeContext(app, request), request.body),
  );
  app.post(
    '/import/buildings',
    {
      config: { permission: 'place.import' },
      bodyLimit: importBodyLimit,
      schema: { tags, body: buildingImportInput, response: { 200: importResult } },
    },
    async (request) => importBuildings(placeContext(app, request), request.body),
  );
};
