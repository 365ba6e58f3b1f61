import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  building,
  buildingDetail,
  buildingInput,
  buildingPatch,
  idParams,
} from '../../../common/contracts/places';
import { createBuilding, getBuildingDetail, setBuildingArchived, updateBuilding } from './building-service';
import { placeContext } from './route-context';

const tags = ['places'];

/** Buildings: create, read with entrances and apartments, change, archive and restore. */
export const buildingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/buildings',
    {
      config: { permission: 'building.write' },
      schema: { tags, body: buildingInput, response: { 201: building } },
    },
    async (request, reply) =>
      reply.status(201).send(await createBuilding(placeContext(app, request), request.body)),
  );
  app.get(
    '/buildings/:id',
    {
      config: { permission: 'building.read' },
      schema: { tags, params: idParams, response: { 200: buildingDetail } },
    },
    async (request) => getBuildingDetail(placeContext(app, request), request.params.id),
  );
  app.patch(
    '/buildings/:id',
    {
      config: { permission: 'building.write' },
      schema: { tags, params: idParams, body: buildingPatch, response: { 200: building } },
    },
    async (request) => updateBuilding(placeContext(app, request), request.params.id, request.body),
  );
  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/buildings/:id/${verb}`,
      {
        config: { permission: 'building.write' },
        schema: { tags, params: idParams, response: { 200: building } },
      },
      async (request) => setBuildingArchived(placeContext(app, request), request.params.id, archived),
    );
  }
};
