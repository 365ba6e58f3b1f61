import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apartment, apartmentInput, apartmentPatch, idParams } from '../../../common/contracts/places';
import { createApartment, setApartmentArchived, updateApartment } from './apartment-service';
import { archiveVerbs } from './entrance-routes';
import { placeContext } from './route-context';

const tags = ['places'];

/** Apartments: door number and the company's object id, never who lives there. */
export const apartmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/apartments',
    {
      config: { permission: 'apartment.write' },
      schema: { tags, body: apartmentInput, response: { 201: apartment } },
    },
    async (request, reply) =>
      reply.status(201).send(await createApartment(placeContext(app, request), request.body)),
  );
  app.patch(
    '/apartments/:id',
    {
      config: { permission: 'apartment.write' },
      schema: { tags, params: idParams, body: apartmentPatch, response: { 200: apartment } },
    },
    async (request) => updateApartment(placeContext(app, request), request.params.id, request.body),
  );
  for (const [verb, archived] of archiveVerbs) {
    app.post(
      `/apartments/:id/${verb}`,
      {
        config: { permission: 'apartment.write' },
        schema: { tags, params: idParams, response: { 200: apartment } },
      },
      async (request) => setApartmentArchived(placeContext(app, request), request.params.id, archived),
    );
  }
};
