import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  invitationView,
  userCreateInput,
  userList,
  userPatch,
  userView,
} from '../../../common/contracts/users';
import { requireActor } from '../../platform/auth/plugin';
import { requestLocale } from '../../platform/locale';
import { abilities, authorize } from '../../platform/policy';
import { inviteMember, withdrawInvitation } from '../invitations/invite';
import { listInvitations } from '../invitations/queries';
import { userPermissions } from './policy';
import { loadMembers } from './queries';
import { getMember, removeMember, updateMember } from './service';

const tags = ['users'];
const params = z.object({ id: z.uuid() });

/** User administration within the current organization (admins only). */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const admin = (request: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(request);
    authorize(userPermissions, actor, 'user.manage');
    return actor;
  };

  app.get(
    '/users',
    { config: { permission: 'user.manage' }, schema: { tags, response: { 200: userList } } },
    async (request) => {
      const actor = admin(request);
      return {
        items: await loadMembers(db, actor),
        invitations: await listInvitations(db, actor.organizationId),
        abilities: abilities(userPermissions, actor),
      };
    },
  );

  // Always an invitation, answered the same whether or not the address has an account.
  app.post(
    '/users',
    {
      config: { permission: 'user.manage' },
      schema: { tags, body: userCreateInput, response: { 201: invitationView } },
    },
    async (request, reply) => {
      const actor = admin(request);
      const view = await inviteMember(app, actor, request.body, requestLocale(request));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/users/:id',
    { config: { permission: 'user.manage' }, schema: { tags, params, response: { 200: userView } } },
    async (request) => getMember(db, admin(request), request.params.id),
  );

  app.patch(
    '/users/:id',
    {
      config: { permission: 'user.manage' },
      schema: { tags, params, body: userPatch, response: { 200: userView } },
    },
    async (request) =>
      updateMember(db, admin(request), request.params.id, request.body, requestLocale(request)),
  );

  app.delete(
    '/users/:id',
    { config: { permission: 'user.manage' }, schema: { tags, params } },
    async (request, reply) => {
      await removeMember(db, admin(request), request.params.id, requestLocale(request));
      return reply.status(204).send();
    },
  );

  app.delete(
    '/user-invitations/:id',
    { config: { permission: 'user.manage' }, schema: { tags, params } },
    async (request, reply) => {
      await withdrawInvitation(db, admin(request), request.params.id);
      return reply.status(204).send();
    },
  );
};
