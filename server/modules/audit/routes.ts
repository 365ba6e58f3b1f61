import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { breakGlassList, breakGlassQuery } from '../../../common/contracts/reports';
import { auditList, auditQuery } from '../../../common/contracts/users';
import { requireActor } from '../../platform/auth/plugin';
import { authorize } from '../../platform/policy';
import { listBreakGlass } from '../reports/restricted/break-glass-list';
import { auditPermissions } from './policy';
import { listAudit } from './service';

/** GET /api/audit: who changed what in this organization; /audit/break-glass: who broke the glass (admins only). */
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
  // The log review's "Nödåtkomst" section: break-glass reads of restricted reports, with reasons.
  app.get(
    '/audit/break-glass',
    {
      config: { permission: 'audit.read' },
      schema: { tags: ['audit'], querystring: breakGlassQuery, response: { 200: breakGlassList } },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(auditPermissions, actor, 'audit.read');
      return { items: await listBreakGlass(app.db, actor.organizationId, request.query) };
    },
  );
};
