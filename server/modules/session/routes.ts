import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  loginInput,
  sessionView,
  switchOrganizationInput,
  twoFactorInput,
} from '../../../common/contracts/session';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from '../../platform/auth/plugin';
import {
  type AuthContext,
  createSession,
  destroySession,
  resolveSession,
} from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { authenticate, firstOrganizationId, isMember, switchOrganization, verifySecondFactor } from './login';
import { presentSession } from './presenter';

/**
 * Per client address, a flood guard only (in memory, per process): guessing is throttled per
 * account and address in the database (login-throttle.ts), counting failures, so an office
 * behind one address can log in dozens of people a minute.
 */
const loginRateLimit = { rateLimit: { max: 120, timeWindow: '1 minute' } };
const tags = ['session'];

/** The session of a request, including one still waiting for its second factor. */
function requireSession(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('not_authenticated');
  return request.auth;
}

/** Login, second factor, logout and switching organization. */
export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app;

  // A fresh token at every step up in privilege, so a token planted before login is worthless.
  async function startSession(
    reply: FastifyReply,
    previous: AuthContext | null,
    input: Parameters<typeof createSession>[2],
  ) {
    if (previous) await destroySession(db, previous.tokenHash);
    const token = await createSession(db, config, input);
    setSessionCookie(reply, config, token);
    return presentSession(db, await resolveSession(db, config, token));
  }

  app.get(
    '/session',
    { config: { public: true }, schema: { tags, response: { 200: sessionView } } },
    async (request) => presentSession(db, request.auth),
  );

  app.post(
    '/session/login',
    {
      config: { ...loginRateLimit, public: true },
      schema: { tags, body: loginInput, response: { 200: sessionView } },
    },
    async (request, reply) => {
      const user = await authenticate(db, config, { ...request.body, ip: request.ip });
      return startSession(reply, request.auth, {
        userId: user.id,
        organizationId: await firstOrganizationId(db, user.id),
        awaitingTwoFactor: user.totpEnabled,
      });
    },
  );

  app.post(
    '/session/two-factor',
    {
      config: { ...loginRateLimit, anySession: true },
      schema: { tags, body: twoFactorInput, response: { 200: sessionView } },
    },
    async (request, reply) => {
      const auth = requireSession(request);
      if (!auth.session.awaitingTwoFactor) throw new AppError('conflict');
      await verifySecondFactor(db, config, auth.user, { code: request.body.code, ip: request.ip });
      return startSession(reply, auth, {
        userId: auth.user.id,
        organizationId: auth.session.organizationId,
        awaitingTwoFactor: false,
      });
    },
  );

  app.post('/session/logout', { config: { public: true }, schema: { tags } }, async (request, reply) => {
    if (request.auth) await destroySession(db, request.auth.tokenHash);
    clearSessionCookie(reply, config);
    return reply.status(204).send();
  });

  app.post(
    '/session/organization',
    {
      config: { anySession: true },
      schema: { tags, body: switchOrganizationInput, response: { 200: sessionView } },
    },
    async (request) => {
      const auth = requireSession(request);
      if (auth.session.awaitingTwoFactor) throw new AppError('two_factor_required');
      const { organizationId } = request.body;
      if (!(await isMember(db, auth.user.id, organizationId))) throw new AppError('not_found');
      await switchOrganization(db, auth.tokenHash, organizationId);
      const token = request.cookies[sessionCookieName(config)] ?? '';
      return presentSession(db, await resolveSession(db, config, token));
    },
  );
};
