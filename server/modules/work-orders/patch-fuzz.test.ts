import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pillars, priorities, workOrderStatuses } from '../../../common/reporting';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createPlaces } from '../places/test-places';
import { postWorkOrder, workOrderScene } from './test-work-orders';

describe('changing work orders under random, well-formed input', () => {
  it('never answers 5xx, whatever mix of place, status and people a change names', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId, entranceId, report } = await workOrderScene(app);
    const elsewhere = await createPlaces(admin);
    const theirs = await workOrderScene(app);
    const caretaker = await loginAs(app, 'field_staff', { organizationId: admin.organizationId });
    const workOrder = await postWorkOrder(admin, { areaId, assigneeUserId: caretaker.userId });
    const some = <T>(...values: T[]) => fc.constantFrom(...values);
    const patch = fc.record(
      {
        pillar: some(...pillars),
        title: fc.string({ maxLength: 5 }),
        areaId: some(areaId, elsewhere.areaId, theirs.areaId),
        buildingId: some(buildingId, elsewhere.buildingId, theirs.buildingId, null),
        entranceId: some(entranceId, elsewhere.entranceId, theirs.entranceId, null),
        lon: fc.option(fc.double({ min: -180, max: 180, noNaN: true })),
        lat: fc.option(fc.double({ min: -90, max: 90, noNaN: true })),
        assigneeUserId: some(caretaker.userId, admin.userId, theirs.admin.userId, null),
        dueDate: some('2024-02-29', '2999-12-31', '1999-12-31', null),
        priority: some(...priorities),
        status: some(...workOrderStatuses),
        cost: fc.option(fc.double({ min: 0, max: 100_000_000, noNaN: true })),
        resolution: fc.option(fc.string({ maxLength: 20 })),
      },
      { requiredKeys: [] },
    );
    const actor = fc.constantFrom(admin, caretaker);
    const link = fc.constantFrom([report.id], [theirs.report.id], []);
    await fc.assert(
      fc.asyncProperty(patch, actor, link, async (body, client, reportIds) => {
        const changed = await client.patch(`/api/work-orders/${workOrder.id}`, body);
        expect(changed.statusCode, `${JSON.stringify(body)}: ${changed.body}`).toBeLessThan(500);
        if (reportIds.length === 0) return;
        const linked = await client.post(`/api/work-orders/${workOrder.id}/reports`, { reportIds });
        expect(linked.statusCode, linked.body).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
