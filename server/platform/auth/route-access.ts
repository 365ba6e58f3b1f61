import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../common/roles';
import { AppError, forbidden } from '../errors';

/**
 * The action names routes may require. Empty here (platform knows no domain); server/modules/
 * permissions.ts adds `actions: <the union of every policy table's actions>`, so a misspelt
 * permission in a route config does not compile.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from the modules.
export interface PermissionRegistry {}
export type DeclaredAction = PermissionRegistry extends { actions: infer A extends string } ? A : string;

/** What a route requires: one action, any of several, or only to be a member (any role). */
export type RoutePermission = DeclaredAction | readonly DeclaredAction[] | 'member';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answers without login (health, the tenant pages' API, Open311, login itself). */
    public?: boolean;
    /**
     * Needs a session but not a member of an organization: reachable while the second factor is
     * awaited or with no current organization (the session routes check the rest themselves).
     */
    anySession?: boolean;
    /**
     * Which roles may reach the handler at all (403 for the others, before the body is read);
     * the handler still checks area scope and the thing itself. Every non-public route declares
     * one: server/modules/access.test.ts fails naming a route that does not.
     */
    permission?: RoutePermission;
  }
}

/** The roles granted an action by the policy tables; unknown actions get none (fail closed). */
export type RolesFor = (action: string) => readonly Role[];

/**
 * Login is required unless the route says `public`; then the declared permission is checked
 * against the actor's roles. Runs at onRequest, so an anonymous or unpermitted request is refused
 * before its body is parsed or validated. Two-factor enrolment is left to requireActor, which
 * knows the routes that help enrol.
 */
export function checkRouteAccess(request: FastifyRequest, rolesFor: RolesFor): void {
  const config = request.routeOptions.config;
  if (config.public) return;
  const auth = request.auth;
  if (!auth) throw new AppError('not_authenticated');
  if (config.anySession) return;
  if (auth.session.awaitingTwoFactor) throw new AppError('two_factor_required');
  if (!auth.actor) throw new AppError('not_authenticated');
  const permission = config.permission;
  // A route that forgot its declaration is refused (access.test.ts names it), never open to all.
  if (permission === undefined) throw forbidden();
  if (permission === 'member') return;
  const actions: readonly string[] = typeof permission === 'string' ? [permission] : permission;
  const allowed = new Set(actions.flatMap(rolesFor));
  if (!auth.actor.grants.some((grant) => allowed.has(grant.role))) throw forbidden();
}
