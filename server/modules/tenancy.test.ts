import type { HTTPMethods } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Client } from '../testing/factories';
import { type Route, registeredRoutes } from '../testing/routes';
import { testApp } from '../testing/test-app';
import { organizationWithPlaces } from './places/test-places';

/** Which kind of object each id route is about: the part of the URL before `:id`. */
type Ids = { areaId: string; buildingId: string; entranceId: string; apartmentId: string; userId: string };
const idOfPrefix: Record<string, (ids: Ids) => string> = {
  '/api/areas/': (ids) => ids.areaId,
  '/api/buildings/': (ids) => ids.buildingId,
  '/api/entrances/': (ids) => ids.entranceId,
  '/api/apartments/': (ids) => ids.apartmentId,
  '/api/users/': (ids) => ids.userId,
};

function call(client: Client, route: Route, ids: Ids) {
  const prefix = route.url.slice(0, route.url.indexOf(':id'));
  const idOf = idOfPrefix[prefix];
  if (!idOf)
    throw new Error(`${route.method} ${route.url}: add its kind of object to idOfPrefix in tenancy.test.ts`);
  const url = route.url.replace(':id', idOf(ids));
  // An empty body passes every partial-update schema, so the answer is about the id, not the body.
  const payload = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
  return client.request({ method: route.method as HTTPMethods, url, payload });
}

describe('tenancy', () => {
  it("answers 404 on every id route when another organization's admin uses this organization's ids", async () => {
    const app = await testApp();
    const owner = await organizationWithPlaces(app);
    const stranger = (await organizationWithPlaces(app)).admin;
    const ids: Ids = { ...owner, userId: owner.admin.userId };
    const idRoutes = (await registeredRoutes(app)).filter((route) => route.url.includes(':id'));
    expect(idRoutes.length).toBeGreaterThanOrEqual(17);

    const walked: string[] = [];
    for (const route of idRoutes) {
      const response = await call(stranger, route, ids);
      expect(response.statusCode, `${route.method} ${route.url}: ${response.body}`).toBe(404);
      walked.push(`${route.method} ${route.url}`);
    }
    // The ids were the right kind: the owner gets past the lookup on every one of the same routes.
    for (const route of idRoutes) {
      const response = await call(owner.admin, route, ids);
      expect(response.statusCode, `${route.method} ${route.url} as owner: ${response.body}`).toBeLessThan(
        400,
      );
    }
    expect(walked).toEqual(idRoutes.map((route) => `${route.method} ${route.url}`));
  });
});
