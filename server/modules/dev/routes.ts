import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxView } from '../../../common/contracts/outbox';
import { requireActor } from '../../platform/auth/plugin';
import { AppError } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { outboxPermissions } from './policy';
import { listOutbox } from './service';

/**
 * GET /api/dev/outbox: a demo installation without SMTP keeps its mail here, so its admins can
 * follow the links mail would carry. Login and the admin role first (401/403 as on any staff
 * route); then 404 unless this is a demo installation that keeps mail instead of sending it.
 */
export const devRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/dev/outbox',
    {
      config: { permission: 'outbox.read' },
      schema: { tags: ['development'], response: { 200: outboxView } },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(outboxPermissions, actor, 'outbox.read');
      if (app.mailer.delivery !== 'outbox') throw new AppError('not_found');
      return { items: await listOutbox(app.db, actor) };
    },
  );
};
