import type { HTTPMethods } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../common/roles';
import type { RoutePermission } from '../platform/auth/route-access';
import { createOrganization, loginAs } from '../testing/factories';
import { type Route, registeredRoutes } from '../testing/routes';
import { testApp } from '../testing/test-app';
import { rolesFor } from './permissions';

/** Some id for every path parameter: the refusal comes before the route looks anything up. */
const urlOf = (route: Route) => route.url.replace(/:\w+/g, uuidv7());
const request = (route: Route) => ({
  method: route.method as HTTPMethods,
  url: urlOf(route),
  ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
});
const name = (route: Route) => `${route.method} ${route.url}`;

/** The roles a declared permission lets through: every role for 'member' and session-only routes. */
function grantedRoles(route: Route): readonly string[] {
  const permission: RoutePermission | undefined = route.config.permission;
  if (route.config.anySession || permission === 'member') return roles;
  if (permission === undefined) return [];
  return [...new Set((typeof permission === 'string' ? [permission] : permission).flatMap(rolesFor))];
}

/**
 * The access walk: over every registered route, who is refused is computed from the route's
 * declared permission and the policy tables (server/modules/permissions.ts), never hand-listed.
 */
describe('access to every route', () => {
  let routes: Route[];
  beforeAll(async () => {
    routes = await registeredRoutes(await testApp());
  });

  it('has every route declare who may call it: public, a session, or a permission', () => {
    const undeclared = routes.filter((route) => {
      const { public: open, anySession, permission } = route.config;
      return [open === true, anySession === true, permission !== undefined].filter(Boolean).length !== 1;
    });
    expect(
      undeclared.map(name),
      "Declare exactly one in each route's config: `permission: '<action>'` (an action of a policy " +
        "table, see server/modules/permissions.ts; several for any of them), `permission: 'member'` " +
        'for any logged-in member, `anySession: true` for the session routes, or `public: true`',
    ).toEqual([]);
    const unknown = routes.filter((route) => route.config.permission && grantedRoles(route).length === 0);
    expect(unknown.map(name), 'These permissions name no action of the policy tables').toEqual([]);
  });

  it('answers 401 without login on every route not declared public, and never on the public ones', async () => {
    const app = await testApp();
    const refused: string[] = [];
    const open: string[] = [];
    for (const route of routes) {
      const response = await app.inject(request(route));
      if (route.config.public) {
        expect(response.statusCode, `${name(route)} is public: ${response.body}`).not.toBe(401);
        open.push(name(route));
      } else {
        expect(response.statusCode, `${name(route)} without login: ${response.body}`).toBe(401);
        expect(response.json().error.code).toBe('not_authenticated');
        refused.push(name(route));
      }
    }
    console.info(
      `access walk, anonymous: ${routes.length} routes, ${refused.length} refused, ${open.length} public`,
    );
    expect(refused.length).toBeGreaterThan(90);
    expect(open.length + refused.length).toBe(routes.length);
  });

  it('refuses each role every route its permissions do not grant, and lets it past on the others', async () => {
    const app = await testApp();
    const organizationId = (await createOrganization(app)).id;
    const guarded = routes.filter((route) => !route.config.public);
    let requests = 0;
    let refusals = 0;
    for (const role of roles) {
      const client = await loginAs(app, role, { organizationId });
      for (const route of guarded) {
        const response = await client.request(request(route));
        requests++;
        const label = `${role} on ${name(route)} (${JSON.stringify(route.config.permission)}): ${response.body}`;
        if (grantedRoles(route).includes(role)) {
          expect([401, 403], label).not.toContain(response.statusCode);
        } else {
          expect([403, 404], label).toContain(response.statusCode);
          refusals++;
        }
        expect(response.statusCode, label).toBeLessThan(500);
      }
    }
    console.info(
      `access walk, roles: ${roles.length} roles × ${guarded.length} routes = ${requests} requests, ${refusals} refused by the permission tables`,
    );
    expect(requests).toBe(roles.length * guarded.length);
    expect(refusals).toBeGreaterThan(100);
  }, 120_000);
});
