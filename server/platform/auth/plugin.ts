import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { checkRouteAccess, type RolesFor } from './route-access';
import { type AuthContext, resolveSession } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export const sessionCookieName = (config: Config) =>
  config.COOKIE_SECURE ? '__Host-trygg_session' : 'trygg_session';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** By the matched route, not the raw URL, so no spelling of a path can step around the checks. */
const isApi = (request: FastifyRequest) => (request.routeOptions.url ?? request.url).startsWith('/api/');

/**
 * Requests with a session must echo its CSRF token in `x-csrf-token`; requests without one
 * (login, password reset) must come from our own origin (Sec-Fetch-Site / Origin).
 */
function checkCsrf(request: FastifyRequest): void {
  if (safeMethods.has(request.method) || request.routeOptions.config.csrf === false) return;
  if (request.auth) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameToken(sent, request.auth.session.csrfToken)) {
      throw new AppError('csrf_failed');
    }
    return;
  }
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') throw new AppError('csrf_failed');
  const origin = request.headers.origin;
  if (origin && new URL(origin).host !== request.headers.host) throw new AppError('csrf_failed');
}

/**
 * Resolves the session cookie on every API request, then, before the body is parsed or
 * validated (so a request without a token gets 403, not 400), enforces CSRF on state changes
 * and the route's declared access (route-access.ts). Every API response is `no-store` unless a
 * public route without a session chose its own caching: answers to a session (its CSRF token,
 * lists of reports and users) must not stay in a shared computer's or a proxy's cache.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { config: Config; rolesFor: RolesFor }) => {
    const cookieName = sessionCookieName(options.config);
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (request) => {
      // Pages and assets are the same for everyone; only the API needs to know who asks.
      if (!isApi(request)) return;
      const token = request.cookies[cookieName];
      if (token) request.auth = await resolveSession(app.db, options.config, token);
      // Unknown routes answer 404 to everyone.
      if (request.is404) return;
      checkCsrf(request);
      checkRouteAccess(request, options.rolesFor);
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if (!isApi(request)) return payload;
      const personal = request.auth !== null || reply.hasHeader('set-cookie');
      const chosen = reply.getHeader('cache-control');
      if (personal ? !String(chosen ?? '').includes('no-store') : chosen === undefined) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set false on endpoints called by other systems with their own credentials (Open311). */
    csrf?: boolean;
  }
}

/**
 * The acting user in their current organization, or 401. While the organization requires
 * two-factor for the user's role and it is not set up, only routes that help enrol
 * (`allowDuringEnrollment`) get an actor: this is the one place that rule is enforced.
 */
export function requireActor(
  request: FastifyRequest,
  options: { allowDuringEnrollment?: boolean } = {},
): Actor {
  if (request.auth?.session.awaitingTwoFactor) throw new AppError('two_factor_required');
  if (!request.auth?.actor) throw new AppError('not_authenticated');
  if (request.auth.mustEnrollTwoFactor && !options.allowDuringEnrollment) {
    throw new AppError('two_factor_required');
  }
  return request.auth.actor;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    secure: config.COOKIE_SECURE,
    sameSite: 'strict',
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), { path: '/', secure: config.COOKIE_SECURE, httpOnly: true });
}
