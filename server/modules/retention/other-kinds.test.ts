import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  invitations,
  mailOutbox,
  passwordResets,
  reportBreakGlass,
  surveyCodes,
  surveyWaves,
  workOrderComments,
  workOrders,
} from '../../db/schema';
import { newId } from '../../platform/ids';
import { createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { organizationWithPlaces } from '../places/test-places';
import { addTestApartments, createTestWave } from '../surveys/testing';
import { postWorkOrder } from '../work-orders/test-work-orders';
import { daysAgo, monthsAgo, runRetentionOn, runsOf } from './testing';

beforeAll(() => testApp());

describe('retention of surveys, work orders, invitations, the audit log and installation tables', () => {
  it("deletes a closed wave's codes a month after its end, and its letters and used codes still count", async () => {
    const app = await testApp();
    const places = await organizationWithPlaces(app);
    await addTestApartments(places.admin, places.entranceId, 2);
    const wave = await createTestWave(app, {
      organizationId: places.admin.organizationId,
      areaIds: [places.areaId],
    });
    expect((await places.admin.post(`/api/survey-waves/${wave.id}/letters`, {})).statusCode).toBe(200);
    const ofWave = and(eq(surveyCodes.organizationId, wave.organizationId), eq(surveyCodes.waveId, wave.id));
    const [first] = await app.db.select().from(surveyCodes).where(ofWave);
    await app.db
      .update(surveyCodes)
      .set({ usedOn: '2026-10-02' })
      .where(eq(surveyCodes.id, first?.id as string));
    const endsOn = (months: number) => monthsAgo(months).toISOString().slice(0, 10);
    const close = (months: number) =>
      app.db
        .update(surveyWaves)
        .set({ status: 'closed', endsOn: endsOn(months) })
        .where(eq(surveyWaves.id, wave.id));
    const detail = async () => (await places.admin.get(`/api/survey-waves/${wave.id}`)).json();
    const list = async () =>
      (await places.admin.get('/api/survey-waves'))
        .json()
        .items.find((w: { id: string }) => w.id === wave.id);
    await close(0);
    const [detailBefore, listBefore] = [await detail(), await list()];
    expect(listBefore).toMatchObject({ codesIssued: 3, codesUsed: 1 });
    await runRetentionOn(app, [wave.organizationId]);
    expect(await app.db.select().from(surveyCodes).where(ofWave)).toHaveLength(3);

    await close(1);
    const [detailClosed, listClosed] = [await detail(), await list()];
    await runRetentionOn(app, [wave.organizationId], { batchSize: 2 });
    expect(await app.db.select().from(surveyCodes).where(ofWave)).toHaveLength(0);
    expect(await detail()).toEqual(detailClosed);
    expect(await list()).toEqual(listClosed);
    expect(detailBefore.areas).toEqual(detailClosed.areas);
    expect((await runsOf(app, wave.organizationId, 'survey_codes')).at(-1)?.rows).toBe(3);
  });

  it("deletes a finished work order's comments after 24 months, not an open one's", async () => {
    const app = await testApp();
    const places = await organizationWithPlaces(app);
    const done = await postWorkOrder(places.admin, { areaId: places.areaId });
    const open = await postWorkOrder(places.admin, { areaId: places.areaId });
    for (const order of [done, open])
      await places.admin.post(`/api/work-orders/${order.id}/comments`, {
        body: 'Key with the caretaker in 1102',
      });
    const finish = (months: number) =>
      app.db
        .update(workOrders)
        .set({ status: 'done', completedAt: monthsAgo(months) })
        .where(eq(workOrders.id, done.id));
    const comments = async (id: string) =>
      (await app.db.select().from(workOrderComments).where(eq(workOrderComments.workOrderId, id))).length;
    await finish(23);
    await app.db
      .update(workOrders)
      .set({ updatedAt: monthsAgo(30) })
      .where(eq(workOrders.id, open.id));
    await runRetentionOn(app, [places.admin.organizationId]);
    expect(await comments(done.id)).toBe(1);
    await finish(24);
    await runRetentionOn(app, [places.admin.organizationId]);
    expect(await comments(done.id)).toBe(0);
    expect(await comments(open.id)).toBe(1);
  });

  it('deletes answered or expired staff invitations after 90 days and audit rows and break-glass grants after 60 months; the database refuses younger ones', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const organizationId = admin.organizationId;
    const invite = (expiresAt: Date) => ({
      organizationId,
      id: newId(),
      email: `${newId()}@example.se`,
      memberships: [],
      tokenHash: newId(),
      expiresAt,
    });
    const [old, young] = [invite(daysAgo(90)), invite(daysAgo(80))];
    await app.db.insert(invitations).values([old, young]);
    const audit = (createdAt: Date) => ({
      organizationId,
      id: newId(),
      action: 'create',
      entityType: 'area',
      createdAt,
    });
    const [oldAudit, youngAudit] = [audit(monthsAgo(61)), audit(monthsAgo(59))];
    await app.db.insert(auditLog).values([oldAudit, youngAudit]);
    // Break-glass grants, with the admin's reason, go with the audit log's period.
    const grant = (createdAt: Date) => ({
      organizationId,
      id: newId(),
      reportId: newId(),
      userId: admin.userId,
      reason: 'Polisen begärde uppgifter om händelsen',
      createdAt,
      expiresAt: createdAt,
    });
    const [oldGrant, youngGrant] = [grant(monthsAgo(61)), grant(monthsAgo(59))];
    await app.db.insert(reportBreakGlass).values([oldGrant, youngGrant]);
    await runRetentionOn(app, [organizationId]);
    const left = await app.db
      .select()
      .from(invitations)
      .where(eq(invitations.organizationId, organizationId));
    expect(left.map((row) => row.id)).toEqual([young.id]);
    const audits = await app.db.select().from(auditLog).where(eq(auditLog.organizationId, organizationId));
    expect(audits.map((row) => row.id)).toContain(youngAudit.id);
    expect(audits.map((row) => row.id)).not.toContain(oldAudit.id);
    // The sanctioned path is the only one: a row younger than its retention cannot be deleted,
    // and no row can be changed.
    const grants = await app.db
      .select()
      .from(reportBreakGlass)
      .where(eq(reportBreakGlass.organizationId, organizationId));
    expect(grants.map((row) => row.id)).toEqual([youngGrant.id]);
    await expect(app.db.delete(auditLog).where(eq(auditLog.id, youngAudit.id))).rejects.toThrow();
    await expect(
      app.db.delete(reportBreakGlass).where(eq(reportBreakGlass.id, youngGrant.id)),
    ).rejects.toThrow();
    await expect(
      app.db.update(auditLog).set({ action: 'forged' }).where(eq(auditLog.organizationId, organizationId)),
    ).rejects.toThrow();
  });

  it('deletes outbox mail after 90 days and reset links 7 days after they expired, for the whole installation', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const user = await createUser(app, { organizationId: admin.organizationId, role: 'admin' });
    const mail = (createdAt: Date) => ({
      id: newId(),
      organizationId: admin.organizationId,
      recipient: 'tenant@example.se',
      subject: 'Din anmälan',
      body: 'Din kod: ABCD-EFGH',
      createdAt,
    });
    const [oldMail, youngMail] = [mail(daysAgo(90)), mail(daysAgo(88))];
    await app.db.insert(mailOutbox).values([oldMail, youngMail]);
    const reset = (expiresAt: Date) => ({ tokenHash: newId(), userId: user.id, expiresAt });
    const [oldReset, youngReset] = [reset(daysAgo(7)), reset(daysAgo(5))];
    await app.db.insert(passwordResets).values([oldReset, youngReset]);
    await runRetentionOn(app, [admin.organizationId], { installationWide: true });
    const mails = await app.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(eq(mailOutbox.recipient, 'tenant@example.se'));
    expect(mails.map((row) => row.id)).toContain(youngMail.id);
    expect(mails.map((row) => row.id)).not.toContain(oldMail.id);
    const resets = await app.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(resets.map((row) => row.tokenHash)).toEqual([youngReset.tokenHash]);
    const [run] = (await runsOf(app, null, 'mail_outbox')).slice(-1);
    expect(run).toMatchObject({ organizationId: null, rule: '90 days (default)' });
  });
});
