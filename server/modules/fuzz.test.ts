import fc from 'fast-check';
import type { HTTPMethods } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Client } from '../testing/factories';
import { registeredRoutes } from '../testing/routes';
import { testApp } from '../testing/test-app';
import { organizationWithPlaces } from './places/test-places';
import { createReport } from './reports/testing';
import { workOrderIds } from './work-orders/test-work-orders';

/** Random JSON-ish bodies, with the nasty strings PostgreSQL or parsers trip on mixed in. */
const nastyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    'a\u0000b',
    'a\ud800b',
    '💥'.repeat(500),
    '../../etc/passwd',
    "'; drop table users; --",
  ),
);
const body = fc.oneof(
  fc.dictionary(
    fc.oneof(fc.string(), fc.constantFrom('email', 'password', 'name', 'code', 'memberships')),
    fc.oneof(nastyText, fc.jsonValue()),
  ),
  fc.jsonValue(),
);

/** An own survey index, so the routes that take an index key also meet one that exists. */
async function ownSurveyIndexKey(admin: Client) {
  const response = await admin.post('/api/survey-indexes', {
    key: 'fuzz_index',
    label: { sv: 'Fuzz' },
    itemKeys: ['safety_stairwell', 'clean_tidy'],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().key as string;
}

describe('every API route under random input', () => {
  it('never answers with a 5xx, logged in as an admin or not at all', async () => {
    const app = await testApp();
    const places = await organizationWithPlaces(app);
    const routes = await registeredRoutes(app);
    const ids = [
      places.areaId,
      places.buildingId,
      places.entranceId,
      places.apartmentId,
      places.admin.userId,
      (await createReport(app, { organizationId: places.admin.organizationId, areaId: places.areaId })).id,
      (await workOrderIds(app, places)).workOrderId,
      await ownSurveyIndexKey(places.admin),
      'trygghetsindex',
    ];
    const route = fc.constantFrom(...routes);
    const id = fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.string({ maxLength: 40 }));
    const query = fc.dictionary(fc.constantFrom('includeArchived', 'limit', 'before', 'x'), fc.string(), {
      maxKeys: 2,
    });

    await fc.assert(
      fc.asyncProperty(
        route,
        id,
        body,
        query,
        fc.boolean(),
        async (picked, someId, payload, search, loggedIn) => {
          // Every path parameter (:id, :code, :waveId, :entranceToken, …) gets the picked value.
          const url = picked.url.replace(/:\w+/g, encodeURIComponent(someId));
          const options = {
            method: picked.method as HTTPMethods,
            url,
            query: search,
            ...(picked.method === 'GET' ? {} : { payload: payload as object }),
          };
          const response = loggedIn ? await places.admin.request(options) : await app.inject(options);
          expect(
            response.statusCode,
            `${picked.method} ${url} ${JSON.stringify(payload)}: ${response.body}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);
});
