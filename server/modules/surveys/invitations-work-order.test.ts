import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, reports, surveyCodes } from '../../db/schema';
import { testApp } from '../../testing/test-app';
import { postWorkOrder, workOrderScene } from '../work-orders/test-work-orders';
import { surveyCodeHash } from './codes';
import { createTestWave } from './testing';

beforeAll(() => testApp());

describe('invitations after a work order is done', () => {
  it('invites the reporters who opted in to a survey when an open continuous survey covers the area', async () => {
    const app = await testApp();
    const { admin, areaId, entranceId, report, reporterEmail } = await workOrderScene(app);
    await app.db.update(reports).set({ surveyInvitationOptIn: true }).where(eq(reports.id, report.id));
    const wave = await createTestWave(app, {
      organizationId: admin.organizationId,
      areaIds: [areaId],
      kind: 'continuous',
    });
    const workOrder = await postWorkOrder(admin, { areaId, reportIds: [report.id] });
    const done = await admin.patch(`/api/work-orders/${workOrder.id}`, {
      status: 'done',
      resolution: 'Lampan är bytt.',
    });
    expect(done.statusCode, done.body).toBe(200);
    const mails = await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, reporterEmail));
    const invitation = mails.find((mail) => mail.subject === 'Hur trygg känner du dig där du bor?');
    expect(invitation).toBeDefined();
    const code = /\/s\/([A-Z0-9]{12})\b/.exec(invitation?.body ?? '')?.[1] as string;
    const [stored] = await app.db
      .select()
      .from(surveyCodes)
      .where(and(eq(surveyCodes.organizationId, admin.organizationId), eq(surveyCodes.waveId, wave.id)));
    expect(stored).toMatchObject({
      inviteReason: 'work_order_done',
      inviteEmail: reporterEmail,
      areaId,
      entranceId,
    });
    expect(stored.codeHash).toBe(surveyCodeHash(code));
  });

  it('invites nobody when no open continuous survey covers the area', async () => {
    const app = await testApp();
    const { admin, areaId, report, reporterEmail } = await workOrderScene(app);
    await createTestWave(app, { organizationId: admin.organizationId, areaIds: [areaId], kind: 'wave' });
    const workOrder = await postWorkOrder(admin, { areaId, reportIds: [report.id] });
    await admin.patch(`/api/work-orders/${workOrder.id}`, { status: 'done', resolution: 'Klart.' });
    const mails = await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, reporterEmail));
    expect(mails.filter((mail) => mail.subject === 'Hur trygg känner du dig där du bor?')).toEqual([]);
  });
});
