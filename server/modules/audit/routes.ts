import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditList, auditQuery } from '../../../common/contracts/users';
import { requireActor } from '../../platform/auth/plugin';
import { authorize } from '../../platform/policy';
import { auditPermissions } from './policy';
import { listAudit } from './service';

/** GET /api/audit: who changed what in this organization (admins only). */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { permission: 'audit.read' },
      schema: { tags: ['audit'], querystring: auditQuery, response: { 200: auditList } },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(auditPermissions, actor, 'audit.read');
      return { items: await listAudit(app.db, actor.organizationId, request.query) };
    },
  );
};
