import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  open311Formats,
  open311IdParams,
  open311JurisdictionQuery,
  open311PostQuery,
  open311Receipts,
  open311RequestInput,
  open311RequestQuery,
  open311Requests,
  open311RequestsQuery,
  open311TokenParams,
  open311Tokens,
  open311Updates,
  open311UpdatesQuery,
} from '../../../common/contracts/open311';
import { createRequest } from './create-request';
import { resolveJurisdiction } from './jurisdiction';
import type { Open311Limits } from './rate-limits';
import { readContext } from './reader-disclosure';
import { sendOpen311 } from './reply';
import { getRequest, listRequests } from './requests-service';
import { requestIdOfToken } from './tokens-service';
import { listUpdates } from './updates-service';

const tags = ['open311'];

type Options = { limits: Open311Limits };
const requestsShape = { root: 'service_requests', item: 'request' };

/** Filing and reading service requests, tokens and FixMyStreet service-request updates, in both formats. */
export const open311RequestRoutes: FastifyPluginAsyncZod<Options> = async (app, { limits }) => {
  const readLimit = { onRequest: limits.read };
  const jurisdictionOf = (request: FastifyRequest, id: string | undefined) =>
    resolveJurisdiction(app.db, request, id);

  for (const format of open311Formats) {
    app.post(
      `/requests.${format}`,
      {
        // Clients are other systems with their own key, not browsers: no CSRF token.
        config: { csrf: false },
        ...limits.post,
        schema: {
          tags,
          querystring: open311PostQuery,
          body: open311RequestInput,
          response: { 200: open311Receipts, 201: open311Receipts },
        },
      },
      async (request, reply) => {
        const { body, query } = request;
        const { receipts, alreadyReceived } = await createRequest(app, request, body, query);
        return sendOpen311(reply, format, requestsShape, receipts, alreadyReceived ? 200 : 201);
      },
    );

    app.get(
      `/requests.${format}`,
      {
        ...readLimit,
        schema: { tags, querystring: open311RequestsQuery, response: { 200: open311Requests } },
      },
      async (request, reply) => {
        const { query } = request;
        const { jurisdiction, reader } = await readContext(app.db, request, query.jurisdiction_id);
        const options = { locale: query.locale ?? 'sv', extensions: query.extensions === 'true', reader };
        return sendOpen311(
          reply,
          format,
          requestsShape,
          await listRequests(app.db, jurisdiction, query, options),
        );
      },
    );

    app.get(
      `/requests/:id.${format}`,
      {
        ...readLimit,
        schema: {
          tags,
          params: open311IdParams,
          querystring: open311RequestQuery,
          response: { 200: open311Requests },
        },
      },
      async (request, reply) => {
        const { query } = request;
        const { jurisdiction, reader } = await readContext(app.db, request, query.jurisdiction_id);
        const options = { locale: query.locale ?? 'sv', extensions: query.extensions === 'true', reader };
        const found = await getRequest(app.db, jurisdiction, request.params.id, options);
        return sendOpen311(reply, format, requestsShape, found);
      },
    );

    app.get(
      `/tokens/:token.${format}`,
      {
        ...readLimit,
        schema: {
          tags,
          params: open311TokenParams,
          querystring: open311JurisdictionQuery,
          response: { 200: open311Tokens },
        },
      },
      async (request, reply) => {
        const jurisdiction = await jurisdictionOf(request, request.query.jurisdiction_id);
        const found = await requestIdOfToken(app.db, jurisdiction, request.params.token);
        return sendOpen311(reply, format, requestsShape, found);
      },
    );

    app.get(
      `/servicerequestupdates.${format}`,
      {
        ...readLimit,
        schema: { tags, querystring: open311UpdatesQuery, response: { 200: open311Updates } },
      },
      async (request, reply) => {
        const { jurisdiction, reader } = await readContext(app.db, request, request.query.jurisdiction_id);
        const updates = await listUpdates(app.db, jurisdiction, request.query, reader);
        return sendOpen311(
          reply,
          format,
          { root: 'service_request_updates', item: 'request_update' },
          updates,
        );
      },
    );
  }
};
