import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountPatch,
  passwordChangeInput,
  sessionView,
  twoFactorInput,
  twoFactorSetup,
} from '../../../common/contracts/session';
import { requireActor, sessionCookieName } from '../../platform/auth/plugin';
import { type AuthContext, resolveSession } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { requestLocale } from '../../platform/locale';
import { presentSession } from '../session/presenter';
import { changePassword, disableTwoFactor, enableTwoFactor, setUpTwoFactor, updateProfile } from './service';

const tags = ['account'];
/** Wrong codes count against the per-address limit like logins do. */
const codeRateLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

/** The logged-in user's session, checked the same way as every other route (two-factor gate included). */
function accountOf(request: FastifyRequest, options: { allowDuringEnrollment?: boolean } = {}): AuthContext {
  requireActor(request, options);
  if (!request.auth) throw new AppError('not_authenticated');
  return request.auth;
}

/** The logged-in user's own profile, password and two-factor authentication. */
export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app;
  const freshView = async (request: FastifyRequest) =>
    presentSession(db, await resolveSession(db, config, request.cookies[sessionCookieName(config)] ?? ''));
  const enrolment = { allowDuringEnrollment: true };

  app.patch(
    '/account',
    {
      config: { permission: 'member' },
      schema: { tags, body: accountPatch, response: { 200: sessionView } },
    },
    async (request) => {
      const auth = accountOf(request);
      await updateProfile(db, auth.user.id, request.body);
      return freshView(request);
    },
  );

  app.post(
    '/account/password',
    { config: { ...codeRateLimit, permission: 'member' }, schema: { tags, body: passwordChangeInput } },
    async (request, reply) => {
      await changePassword(db, accountOf(request), request.body, requestLocale(request));
      return reply.status(204).send();
    },
  );

  app.post(
    '/account/two-factor/setup',
    { config: { permission: 'member' }, schema: { tags, response: { 200: twoFactorSetup } } },
    async (request) => setUpTwoFactor(db, accountOf(request, enrolment)),
  );

  app.post(
    '/account/two-factor/enable',
    {
      config: { ...codeRateLimit, permission: 'member' },
      schema: { tags, body: twoFactorInput, response: { 200: sessionView } },
    },
    async (request) => {
      await enableTwoFactor(db, accountOf(request, enrolment), request.body.code, requestLocale(request));
      return freshView(request);
    },
  );

  app.post(
    '/account/two-factor/disable',
    {
      config: { ...codeRateLimit, permission: 'member' },
      schema: { tags, body: twoFactorInput, response: { 200: sessionView } },
    },
    async (request) => {
      await disableTwoFactor(db, accountOf(request), request.body.code, requestLocale(request));
      return freshView(request);
    },
  );
};
