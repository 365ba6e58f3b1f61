import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  invitationAcceptInput,
  invitationDecisionInput,
  invitationLookup,
  invitationTokenInput,
} from '../../../common/contracts/invitations';
import { sessionView } from '../../../common/contracts/session';
import { sessionCookieName } from '../../platform/auth/plugin';
import { resolveSession, type UserRow } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { requestLocale } from '../../platform/locale';
import { switchOrganization } from '../session/login';
import { presentSession } from '../session/presenter';
import { acceptByLink, declineByLink, lookUpInvitation } from './by-link';
import { acceptForUser, declineForUser } from './for-user';

const tags = ['invitations'];
/** The link routes need no login; the limit keeps token guessing pointless (tokens are 256-bit anyway). */
const linkConfig = { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } };

/**
 * A logged-in user past the second factor. Unlike requireActor, no organization is needed:
 * someone removed from every organization may still answer a new invitation.
 */
function invitee(request: FastifyRequest): UserRow {
  if (!request.auth) throw new AppError('not_authenticated');
  if (request.auth.session.awaitingTwoFactor) throw new AppError('two_factor_required');
  return request.auth.user;
}

/** Answering an invitation: by the mailed link (no login), or in the web app after logging in. */
export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app;

  app.post(
    '/invitations/look-up',
    {
      config: linkConfig,
      schema: { tags, body: invitationTokenInput, response: { 200: invitationLookup } },
    },
    async (request) => lookUpInvitation(db, request.body.token, requestLocale(request)),
  );

  app.post(
    '/invitations/accept',
    { config: linkConfig, schema: { tags, body: invitationAcceptInput } },
    async (request, reply) => {
      await acceptByLink(db, request.body, requestLocale(request));
      return reply.status(204).send();
    },
  );

  app.post(
    '/invitations/decline',
    { config: linkConfig, schema: { tags, body: invitationTokenInput } },
    async (request, reply) => {
      await declineByLink(db, request.body.token, requestLocale(request));
      return reply.status(204).send();
    },
  );

  const freshSession = async (request: FastifyRequest) =>
    presentSession(db, await resolveSession(db, config, request.cookies[sessionCookieName(config)] ?? ''));

  app.post(
    '/account/invitations/accept',
    // A session without an organization may answer (invitee() checks the second factor).
    {
      config: { anySession: true },
      schema: { tags, body: invitationDecisionInput, response: { 200: sessionView } },
    },
    async (request) => {
      const user = invitee(request);
      const organizationId = await acceptForUser(db, user, request.body.invitationId, requestLocale(request));
      // Someone in no organization until now starts working in the one they joined.
      if (request.auth && !request.auth.actor)
        await switchOrganization(db, request.auth.tokenHash, organizationId);
      return freshSession(request);
    },
  );

  app.post(
    '/account/invitations/decline',
    // A session without an organization may answer (invitee() checks the second factor).
    {
      config: { anySession: true },
      schema: { tags, body: invitationDecisionInput, response: { 200: sessionView } },
    },
    async (request) => {
      await declineForUser(db, invitee(request), request.body.invitationId, requestLocale(request));
      return freshSession(request);
    },
  );
};
