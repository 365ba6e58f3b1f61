import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, mailOutbox, reports, reportUpdates, users } from '../../db/schema';
import { createUser } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createPlaces, organizationWithPlaces } from '../places/test-places';
import { createReport } from '../reports/testing';
import { postWorkOrder, workOrderScene } from './test-work-orders';

const reportRow = async (app: Awaited<ReturnType<typeof testApp>>, id: string) =>
  (await app.db.select().from(reports).where(eq(reports.id, id)))[0];
const mailsTo = (app: Awaited<ReturnType<typeof testApp>>, recipient: string) =>
  app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, recipient));

describe('work orders', () => {
  it('creates a work order from a report, which moves to in_progress, and numbers them per organization', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId, entranceId, report } = await workOrderScene(app);
    const first = await postWorkOrder(admin, {
      areaId,
      entranceId,
      reportIds: [report.id],
      dueDate: '2030-01-31',
    });
    expect(first).toMatchObject({
      number: 1,
      areaId,
      buildingId,
      entranceId,
      placeLabel: 'Storgatan 1, A',
      status: 'new',
      priority: 'normal',
      reportCount: 1,
      overdue: false,
      reports: [{ id: report.id, trackingCode: report.trackingCode, status: 'in_progress' }],
    });
    // The point comes from the entrance when none is given.
    expect([first.lon, first.lat]).toEqual([17.9501, 59.2101]);
    expect(first.abilities).toEqual(expect.arrayContaining(['work_order.update', 'work_order.comment']));
    expect((await reportRow(app, report.id)).workOrderId).toBe(first.id);

    const second = await postWorkOrder(admin, { areaId, title: 'Beskär buskage', pillar: 'physical' });
    expect(second.number).toBe(2);
    // Another organization starts from 1.
    const other = await organizationWithPlaces(app);
    expect((await postWorkOrder(other.admin, { areaId: other.areaId })).number).toBe(1);

    const [audit] = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, admin.organizationId), eq(auditLog.entityId, first.id)));
    expect(audit).toMatchObject({ action: 'create', entityType: 'work_order' });
  });

  it('marks the linked reports done and tells the reporter what was done', async () => {
    const app = await testApp();
    const { admin, areaId, report, reporterEmail } = await workOrderScene(app);
    const duplicate = await createReport(app, {
      organizationId: admin.organizationId,
      areaId,
      status: 'duplicate',
      duplicateOfId: report.id,
    });
    const created = await postWorkOrder(admin, { areaId, reportIds: [report.id] });
    const mailedBefore = (await mailsTo(app, reporterEmail)).length;
    const done = await admin.patch(`/api/work-orders/${created.id}`, {
      status: 'done',
      resolution: 'Vi har bytt lampan vid entrén.',
      cost: 450.5,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', cost: 450.5, completedAt: expect.any(String) });
    const [audit] = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'update')));
    expect(audit.before).toMatchObject({ status: 'new', cost: null });
    expect(audit.after).toMatchObject({ status: 'done', cost: '450.50' });
    const row = await reportRow(app, report.id);
    expect(row).toMatchObject({ status: 'done', publicReply: 'Vi har bytt lampan vid entrén.' });
    expect(row.closedAt).not.toBeNull();
    const mails = await mailsTo(app, reporterEmail);
    expect(mails).toHaveLength(mailedBefore + 1);
    expect(mails.at(-1)?.body).toContain('Vi har bytt lampan vid entrén.');
    // The duplicate keeps its status but follows: its timeline says done too.
    const updates = await app.db.select().from(reportUpdates).where(eq(reportUpdates.reportId, duplicate.id));
    expect(updates.map((u) => u.status)).toContain('done');
    expect((await reportRow(app, duplicate.id)).status).toBe('duplicate');
  });

  it('uses the template reply when a work order is done without a resolution, and reopens', async () => {
    const app = await testApp();
    const { admin, areaId, report } = await workOrderScene(app);
    const created = await postWorkOrder(admin, { areaId, reportIds: [report.id] });
    await admin.patch(`/api/work-orders/${created.id}`, { status: 'done' });
    expect((await reportRow(app, report.id)).publicReply).toContain(report.trackingCode);
    const reopened = await admin.patch(`/api/work-orders/${created.id}`, { status: 'in_progress' });
    expect(reopened.json()).toMatchObject({ status: 'in_progress', completedAt: null });
    expect((await reportRow(app, report.id)).status).toBe('in_progress');
  });

  it("sends the reports of a won't-do work order back to the inbox as accepted, unlinked, without mail", async () => {
    const app = await testApp();
    const { admin, areaId, report, reporterEmail } = await workOrderScene(app);
    const created = await postWorkOrder(admin, { areaId, reportIds: [report.id] });
    const mailedBefore = (await mailsTo(app, reporterEmail)).length;
    const response = await admin.patch(`/api/work-orders/${created.id}`, { status: 'wont_do' });
    expect(response.json()).toMatchObject({ status: 'wont_do', reports: [], reportCount: 0 });
    expect(await reportRow(app, report.id)).toMatchObject({
      status: 'accepted',
      workOrderId: null,
      closedAt: null,
    });
    const updates = await app.db.select().from(reportUpdates).where(eq(reportUpdates.reportId, report.id));
    expect(updates.at(-1)).toMatchObject({ status: 'accepted', publicText: null, notification: null });
    expect(updates.at(-1)?.internalNote).toMatch(/work order 1/i);
    // Internal only: the reporter is not told "we received your report" a second time.
    expect(await mailsTo(app, reporterEmail)).toHaveLength(mailedBefore);
    expect((await reportRow(app, report.id)).publicReply).not.toMatch(/received|tagit emot/i);
    // won't do is final.
    const again = await admin.patch(`/api/work-orders/${created.id}`, { status: 'in_progress' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.issues[0].path).toBe('status');
  });

  it('links more reports and unlinks one back to accepted, without mail', async () => {
    const app = await testApp();
    const { admin, areaId, report } = await workOrderScene(app);
    const created = await postWorkOrder(admin, { areaId });
    const secondEmail = `tenant-${crypto.randomUUID()}@test.trygg.local`;
    const second = await createReport(app, {
      organizationId: admin.organizationId,
      areaId,
      status: 'new',
      reporterEmail: secondEmail,
      wantsUpdates: true,
      contactConsentAt: new Date(),
    });
    const linked = await admin.post(`/api/work-orders/${created.id}/reports`, {
      reportIds: [report.id, second.id],
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().reportCount).toBe(2);
    expect((await reportRow(app, second.id)).status).toBe('in_progress');
    const mailedBefore = (await mailsTo(app, secondEmail)).length;
    expect(mailedBefore).toBeGreaterThan(0);
    const unlinked = await admin.delete(`/api/work-orders/${created.id}/reports/${second.id}`);
    expect(unlinked.json().reports.map((r: { id: string }) => r.id)).toEqual([report.id]);
    expect(await reportRow(app, second.id)).toMatchObject({ status: 'accepted', workOrderId: null });
    expect(await mailsTo(app, secondEmail)).toHaveLength(mailedBefore);
    expect((await admin.delete(`/api/work-orders/${created.id}/reports/${second.id}`)).statusCode).toBe(404);
    // A report on another work order, or closed, cannot be linked.
    const other = await postWorkOrder(admin, { areaId });
    const taken = await admin.post(`/api/work-orders/${other.id}/reports`, { reportIds: [report.id] });
    expect(taken.json().error.issues).toEqual([
      { path: 'reportIds', message: expect.stringMatching(/another/) },
    ]);
  });

  it('answers 400 naming the field for a wrong place, assignee or report', async () => {
    const app = await testApp();
    const { admin, areaId, report } = await workOrderScene(app);
    const elsewhere = await createPlaces(admin);
    const theirs = await workOrderScene(app);
    const stranger = await createUser(app, {
      organizationId: theirs.admin.organizationId,
      role: 'field_staff',
    });
    const disabled = await createUser(app, { organizationId: admin.organizationId, role: 'field_staff' });
    await app.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    const cases = [
      [{ areaId: theirs.areaId }, 'areaId'],
      [{ areaId, buildingId: elsewhere.buildingId }, 'buildingId'],
      [{ areaId, entranceId: elsewhere.entranceId }, 'entranceId'],
      [{ areaId, buildingId: theirs.buildingId }, 'buildingId'],
      [{ areaId, assigneeUserId: stranger.id }, 'assigneeUserId'],
      [{ areaId, assigneeUserId: disabled.id }, 'assigneeUserId'],
      [{ areaId, reportIds: [theirs.report.id] }, 'reportIds'],
      [{ areaId, title: '' }, 'title'],
      [{ areaId, pillar: 'hardware' }, 'pillar'],
      [{ areaId, dueDate: '2030-02-30' }, 'dueDate'],
      [{ areaId, dueDate: '0000-01-01' }, 'dueDate'],
    ] as const;
    for (const [body, field] of cases) {
      const response = await admin.post('/api/work-orders', { pillar: 'physical', title: 'x', ...body });
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      expect(response.json().error.issues.map((i: { path: string }) => i.path)).toEqual([field]);
    }
    // Nothing was saved by the failed attempts: the report is still unlinked.
    expect((await reportRow(app, report.id)).workOrderId).toBeNull();
    const wrongStatus = await postWorkOrder(admin, { areaId });
    const skip = await admin.patch(`/api/work-orders/${wrongStatus.id}`, { status: 'bogus' });
    expect(skip.json().error.issues[0].path).toBe('status');
  });
});
