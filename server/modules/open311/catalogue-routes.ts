import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  open311Discovery,
  open311Formats,
  open311JurisdictionQuery,
  open311ServiceDefinition,
  open311ServiceParams,
  open311Services,
} from '../../../common/contracts/open311';
import { discovery } from './discovery';
import { resolveJurisdiction } from './jurisdiction';
import type { Open311Limits } from './rate-limits';
import { sendOpen311 } from './reply';
import { serviceDefinition } from './service-definition';
import { activeCategories, categoryByCode, presentService } from './services';

const tags = ['open311'];

type Options = { limits: Open311Limits };

/** Discovery, the service list and service definitions, in both formats. */
export const open311CatalogueRoutes: FastifyPluginAsyncZod<Options> = async (app, { limits }) => {
  const readLimit = { onRequest: limits.read };
  const jurisdictionOf = (request: FastifyRequest, id: string | undefined) =>
    resolveJurisdiction(app.db, request, id);

  for (const format of open311Formats) {
    app.get(
      `/discovery.${format}`,
      { ...readLimit, schema: { tags, response: { 200: open311Discovery } } },
      async (request, reply) =>
        sendOpen311(reply, format, { root: 'discovery', item: null }, discovery(app.config, request)),
    );

    app.get(
      `/services.${format}`,
      {
        ...readLimit,
        schema: { tags, querystring: open311JurisdictionQuery, response: { 200: open311Services } },
      },
      async (request, reply) => {
        const jurisdiction = await jurisdictionOf(request, request.query.jurisdiction_id);
        const locale = request.query.locale ?? 'sv';
        const services = (await activeCategories(app.db, jurisdiction.id)).map((c) =>
          presentService(c, locale),
        );
        return sendOpen311(reply, format, { root: 'services', item: 'service' }, services);
      },
    );

    app.get(
      `/services/:service_code.${format}`,
      {
        ...readLimit,
        schema: {
          tags,
          params: open311ServiceParams,
          querystring: open311JurisdictionQuery,
          response: { 200: open311ServiceDefinition },
        },
      },
      async (request, reply) => {
        const jurisdiction = await jurisdictionOf(request, request.query.jurisdiction_id);
        const category = await categoryByCode(app.db, jurisdiction.id, request.params.service_code);
        const definition = serviceDefinition(category.key, request.query.locale ?? 'sv');
        return sendOpen311(reply, format, { root: 'service_definition', item: null }, definition);
      },
    );
  }
};
