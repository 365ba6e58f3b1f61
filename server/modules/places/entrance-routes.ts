import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { entrance, entranceInput, entrancePatch, idParams } from '../../../common/contracts/places';
import { createEntrance, presentedEntrance, setEntranceArchived, updateEntrance } from './entrance-service';
import { placeContext } from './route-context';

const tags = ['places'];
export const archiveVerbs = [
  ['archive', true],
  ['restore', false],
] as const;

/** Entrances (stairwells): create, read, change, archive and restore. */
export const entranceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/entrances',
    {
      config: { permission: 'entrance.write' },
      schema: { tags, body: entranceInput, response: { 201: entrance } },
    },
    async (request, reply) =>
      reply.status(201).send(await createEntrance(placeContext(app, request), request.body)),
  );
  app.get(
    '/entrances/:id',
    {
      config: { permission: 'entrance.read' },
      schema: { tags, params: idParams, response: { 200: entrance } },
    },
    async (request) => {
      const ctx = placeContext(app, request);
      return presentedEntrance(ctx.db, ctx, request.params.id);
    },
  );
  app.patch(
    '/entrances/:id',
    {
      config: { permission: 'entrance.write' },
      schema: { tags, params: idParams, body: entrancePatch, response: { 200: entrance } },
    },
    async (request) => updateEntrance(placeContext(app, request), request.params.id, request.body),
  );
  for (const [verb, archived] of archiveVerbs) {
    app.post(
      `/entrances/:id/${verb}`,
      {
        config: { permission: 'entrance.write' },
        schema: { tags, params: idParams, response: { 200: entrance } },
      },
      async (request) => setEntranceArchived(placeContext(app, request), request.params.id, archived),
    );
  }
};
