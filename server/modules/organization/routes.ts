import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organizationPatch, organizationView } from '../../../common/contracts/organization';
import type { Actor } from '../../platform/actor';
import { requireActor } from '../../platform/auth/plugin';
import { abilities } from '../../platform/policy';
import { organizationPermissions } from './policy';
import { getOrganization, type OrganizationRow, updateOrganization } from './service';

const present = (row: OrganizationRow, actor: Actor) => ({
  id: row.id,
  name: row.name,
  requireTwoFactor: row.requireTwoFactor,
  abilities: abilities(organizationPermissions, actor),
});

/** The current organization's settings (GET for members, PATCH for admins). */
export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organization',
    {
      config: { permission: 'organization.read' },
      schema: { tags: ['organization'], response: { 200: organizationView } },
    },
    async (request) => {
      const actor = requireActor(request);
      return present(await getOrganization(app.db, actor), actor);
    },
  );
  app.patch(
    '/organization',
    {
      config: { permission: 'organization.settings' },
      schema: { tags: ['organization'], body: organizationPatch, response: { 200: organizationView } },
    },
    async (request) => {
      const actor = requireActor(request);
      return present(await updateOrganization(app.db, actor, request.body), actor);
    },
  );
};
