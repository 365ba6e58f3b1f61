import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { retentionPatch, retentionView } from '../../../common/contracts/retention';
import { requireActor } from '../../platform/auth/plugin';
import { getRetention, updateRetention } from './service';

/** The organization's retention schedule and the runs that carried it out (admins). */
export const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/retention',
    {
      config: { permission: 'retention.read' },
      schema: { tags: ['retention'], response: { 200: retentionView } },
    },
    async (request) => getRetention(app.db, requireActor(request)),
  );
  app.patch(
    '/retention',
    {
      config: { permission: 'retention.settings' },
      schema: { tags: ['retention'], body: retentionPatch, response: { 200: retentionView } },
    },
    async (request) => updateRetention(app.db, requireActor(request), request.body),
  );
};
