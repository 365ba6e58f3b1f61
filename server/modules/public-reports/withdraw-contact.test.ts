import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, reports, surveyCodes } from '../../db/schema';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createTestWave } from '../surveys/testing';
import { postWorkOrder, workOrderScene } from '../work-orders/test-work-orders';
import { publicSetup, submission, tenantClient } from './test-public';

const uniqueEmail = () => `Tenant-${Math.random().toString(36).slice(2)}@Example.org`;

describe('withdrawing contact details on the status page', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('removes them everywhere: the report row and the kept mail to that address about the report', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const tenant = tenantClient(app);
    const email = uniqueEmail();
    const contact = { name: 'Anna', email, phone: '070-1234567', consent: true, wantsUpdates: true };
    const first = (await tenant.post('/api/public/reports', submission(setup.slug, { contact }))).json();
    const second = (await tenant.post('/api/public/reports', submission(setup.slug, { contact }))).json();
    const coordinator = await loginAs(app, 'safety_coordinator', {
      organizationId: setup.admin.organizationId,
    });
    for (const receipt of [first, second]) {
      expect((await coordinator.post(`/api/reports/${receipt.id}/accept`, {})).statusCode).toBe(200);
    }
    const mailTo = () => app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect((await mailTo()).map((mail) => mail.subject).sort()).toEqual(
      [first, second].map((r) => `Report ${r.trackingCode} has been updated`).sort(),
    );

    const withdrawn = await tenant.post(
      `/api/public/reports/${first.trackingCode.toLowerCase()}/withdraw-contact`,
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);

    const [row] = await app.db.select().from(reports).where(eq(reports.id, first.id));
    expect(row).toMatchObject({
      reporterName: null,
      reporterEmail: null,
      reporterPhone: null,
      wantsUpdates: false,
    });
    expect(JSON.stringify(row).toLowerCase()).not.toContain(email.toLowerCase());
    // The mail about the other report, which the reporter did not withdraw from, stays.
    expect((await mailTo()).map((mail) => mail.subject)).toEqual([
      `Report ${second.trackingCode} has been updated`,
    ]);
  });

  it('takes the address off survey invitations sent because of the report, so no reminder goes there', async () => {
    const app = await testApp();
    const { admin, areaId, report, reporterEmail } = await workOrderScene(app);
    // The reporter asked for the survey too (a separate opt-in): only then is the address invited.
    await app.db.update(reports).set({ surveyInvitationOptIn: true }).where(eq(reports.id, report.id));
    const wave = await createTestWave(app, {
      organizationId: admin.organizationId,
      areaIds: [areaId],
      kind: 'continuous',
    });
    const workOrder = await postWorkOrder(admin, { areaId, reportIds: [report.id] });
    await admin.patch(`/api/work-orders/${workOrder.id}`, { status: 'done', resolution: 'Lampan är bytt.' });
    const invitations = () => app.db.select().from(surveyCodes).where(eq(surveyCodes.waveId, wave.id));
    expect((await invitations()).map((code) => code.inviteEmail)).toEqual([reporterEmail]);

    const withdrawn = await tenantClient(app).post(
      `/api/public/reports/${report.trackingCode}/withdraw-contact`,
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await invitations()).map((code) => code.inviteEmail)).toEqual([null]);
  });
});
