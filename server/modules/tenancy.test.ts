import type { HTTPMethods, InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { type Client, createUser } from '../testing/factories';
import { type Route, registeredRoutes } from '../testing/routes';
import { testApp } from '../testing/test-app';
import { invite } from './invitations/testing';
import { organizationWithPlaces } from './places/test-places';
import { reportTenancyIds, reportTenancyRequests } from './reports/test-tenancy';
import { surveyTextTenancyIds, surveyTextTenancyRequests } from './survey-texts/test-tenancy';
import { surveyTenancyIds, surveyTenancyRequests } from './surveys/test-tenancy';
import { cameraJpeg, multipart, workOrderIds } from './work-orders/test-work-orders';

/** Which kind of object each id route is about: the part of the URL before `:id` (or `:key`). */
type Ids = {
  areaId: string;
  buildingId: string;
  entranceId: string;
  apartmentId: string;
  userId: string;
} & Awaited<ReturnType<typeof workOrderIds>> &
  Awaited<ReturnType<typeof reportTenancyIds>> &
  Awaited<ReturnType<typeof surveyTenancyIds>> &
  Awaited<ReturnType<typeof surveyTextTenancyIds>> & {
    photo: Buffer;
    categoryId: string;
    open311KeyId: string;
    invitationId: string;
    removableUserId: string;
  };
const idOfPrefix: Record<string, (ids: Ids) => string> = {
  '/api/areas/': (ids) => ids.areaId,
  '/api/buildings/': (ids) => ids.buildingId,
  '/api/entrances/': (ids) => ids.entranceId,
  '/api/apartments/': (ids) => ids.apartmentId,
  '/api/users/': (ids) => ids.userId,
  '/api/user-invitations/': (ids) => ids.invitationId,
  '/api/reports/': (ids) => ids.reportId,
  '/api/photos/': (ids) => ids.photoId,
  '/api/external-bodies/': (ids) => ids.externalBodyId,
  '/api/response-templates/': (ids) => ids.responseTemplateId,
  '/api/work-orders/': (ids) => ids.workOrderId,
  '/api/report-categories/': (ids) => ids.categoryId,
  '/api/open311-keys/': (ids) => ids.open311KeyId,
  // Open311 reads take the jurisdiction from the session when none is given: the stranger's own.
  '/api/open311/v2/requests/': (ids) => ids.linkedReportId,
  '/api/survey-analysis/areas/': (ids) => ids.areaId,
  '/api/survey-waves/': (ids) => ids.surveyWaveId,
  '/api/survey-analysis/free-text/': (ids) => ids.surveyTextResponseId,
  // Own survey indexes are named by their key, unique within the organization.
  '/api/survey-indexes/': (ids) => ids.surveyIndexKey,
};

/** The first path parameter naming the object: an id, or the key of an object keyed by name. */
const objectParam = /:(id|key)\b/;

/** Routes that need a valid body, query or second id for the answer to be about the `:id`. */
const requestOf: Record<string, (ids: Ids) => Partial<InjectOptions> & { secondId?: string }> = {
  ...reportTenancyRequests,
  ...surveyTenancyRequests,
  ...surveyTextTenancyRequests,
  'POST /api/work-orders/:id/reports': (ids) => ({ payload: { reportIds: [ids.spareReportId] } }),
  'DELETE /api/work-orders/:id/reports/:reportId': (ids) => ({ secondId: ids.linkedReportId }),
  // The owner's admin may not remove themselves: removal is tried on another member.
  'DELETE /api/users/:id': (ids) => ({ url: `/api/users/${ids.removableUserId}` }),
  'POST /api/work-orders/:id/comments': () => ({ payload: { body: 'Hej' } }),
  'PUT /api/reports/:id/public-summary': () => ({ payload: { text: 'Trasig lampa' } }),
  'POST /api/work-orders/:id/photos': (ids) => ({ query: { phase: 'before' }, ...multipart(ids.photo) }),
};

function call(client: Client, route: Route, ids: Ids) {
  const prefix = route.url.slice(0, route.url.search(objectParam));
  const idOf = idOfPrefix[prefix];
  if (!idOf)
    throw new Error(`${route.method} ${route.url}: add its kind of object to idOfPrefix in tenancy.test.ts`);
  const { secondId, ...special } = requestOf[`${route.method} ${route.url}`]?.(ids) ?? {};
  const withId = route.url.replace(objectParam, idOf(ids));
  const url = secondId ? withId.replace(/:\w+/, secondId) : withId;
  // An empty body passes every partial-update schema, so the answer is about the id, not the body.
  const payload = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
  return client.request({ method: route.method as HTTPMethods, url, payload, ...special });
}

describe('tenancy', () => {
  it("answers 404 on every id route when another organization's admin uses this organization's ids", async () => {
    const app = await testApp();
    const owner = await organizationWithPlaces(app);
    const stranger = (await organizationWithPlaces(app)).admin;
    // The owner publishes summaries, so approving one passes for the owner (409 when off).
    await owner.admin.request({
      method: 'PUT',
      url: '/api/open311-publication',
      payload: { publishSummaries: true },
    });
    const ids: Ids = {
      ...owner,
      userId: owner.admin.userId,
      ...(await workOrderIds(app, owner)),
      ...(await reportTenancyIds(app, owner)),
      ...(await surveyTenancyIds(app, owner)),
      ...(await surveyTextTenancyIds(app, owner)),
      photo: await cameraJpeg(),
      categoryId: (await owner.admin.get('/api/report-categories')).json().items[0].id,
      open311KeyId: (await owner.admin.post('/api/open311-keys', { name: 'Tenancy' })).json().key.id,
      invitationId: (await invite(owner.admin, `tenancy-${crypto.randomUUID()}@test.trygg.local`)).json().id,
      removableUserId: (await createUser(app, { organizationId: owner.admin.organizationId, role: 'viewer' }))
        .id,
    };
    const idRoutes = (await registeredRoutes(app)).filter((route) => objectParam.test(route.url));
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
