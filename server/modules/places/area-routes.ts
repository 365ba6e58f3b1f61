import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  area,
  areaDetail,
  areaInput,
  areaList,
  areaPatch,
  idParams,
  listQuery,
} from '../../../common/contracts/places';
import { createArea, getAreaDetail, listAreas, setAreaArchived, updateArea } from './area-service';
import { placeContext } from './route-context';

const tags = ['places'];

/** Housing areas: list, read, create, change, archive and restore. */
export const areaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/areas',
    {
      config: { permission: 'area.read' },
      schema: { tags, querystring: listQuery, response: { 200: areaList } },
    },
    async (request) => listAreas(placeContext(app, request), request.query.includeArchived === 'true'),
  );
  app.post(
    '/areas',
    { config: { permission: 'area.create' }, schema: { tags, body: areaInput, response: { 201: area } } },
    async (request, reply) =>
      reply.status(201).send(await createArea(placeContext(app, request), request.body)),
  );
  app.get(
    '/areas/:id',
    {
      config: { permission: 'area.read' },
      schema: { tags, params: idParams, response: { 200: areaDetail } },
    },
    async (request) => getAreaDetail(placeContext(app, request), request.params.id),
  );
  app.patch(
    '/areas/:id',
    {
      config: { permission: 'area.update' },
      schema: { tags, params: idParams, body: areaPatch, response: { 200: area } },
    },
    async (request) => updateArea(placeContext(app, request), request.params.id, request.body),
  );
  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/areas/:id/${verb}`,
      { config: { permission: 'area.archive' }, schema: { tags, params: idParams, response: { 200: area } } },
      async (request) => setAreaArchived(placeContext(app, request), request.params.id, archived),
    );
  }
};
