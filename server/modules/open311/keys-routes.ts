import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  open311ApiKey,
  open311ApiKeyCreated,
  open311ApiKeyInput,
  open311ApiKeyList,
  open311ApiKeyParams,
  open311ApiKeyPatch,
} from '../../../common/contracts/open311';
import { requireActor } from '../../platform/auth/plugin';
import { createApiKey, listApiKeys, revokeApiKey, updateApiKey } from './keys-service';

const tags = ['open311'];

/** Staff administration of Open311 api_keys (permission report.configure). */
export const open311KeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const context = (request: Parameters<typeof requireActor>[0]) => ({
    db: app.db,
    actor: requireActor(request),
  });

  app.get(
    '/open311-keys',
    { config: { permission: 'report.configure' }, schema: { tags, response: { 200: open311ApiKeyList } } },
    async (request) => listApiKeys(context(request)),
  );
  app.post(
    '/open311-keys',
    {
      config: { permission: 'report.configure' },
      schema: { tags, body: open311ApiKeyInput, response: { 201: open311ApiKeyCreated } },
    },
    async (request, reply) => reply.status(201).send(await createApiKey(context(request), request.body)),
  );
  app.patch(
    '/open311-keys/:id',
    {
      config: { permission: 'report.configure' },
      schema: {
        tags,
        params: open311ApiKeyParams,
        body: open311ApiKeyPatch,
        response: { 200: open311ApiKey },
      },
    },
    async (request) => updateApiKey(context(request), request.params.id, request.body),
  );
  app.post(
    '/open311-keys/:id/revoke',
    {
      config: { permission: 'report.configure' },
      schema: { tags, params: open311ApiKeyParams, response: { 200: open311ApiKey } },
    },
    async (request) => revokeApiKey(context(request), request.params.id),
  );
};
