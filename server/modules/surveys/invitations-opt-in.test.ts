import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, reports } from '../../db/schema';
import { testApp } from '../../testing/test-app';
import { publicSetup, submission, tenantClient } from '../public-reports/test-public';
import { postWorkOrder } from '../work-orders/test-work-orders';
import { createTestWave } from './testing';

beforeAll(() => testApp());

const address = (who: string) => `${who}-${crypto.randomUUID()}@test.trygg.local`;

describe('survey invitations after a report need their own opt-in', () => {
  it('invites only the reporter who ticked the survey box, not one who asked for updates alone', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const { admin, areaId } = setup;
    await createTestWave(app, {
      organizationId: admin.organizationId,
      areaIds: [areaId],
      kind: 'continuous',
    });
    const updatesOnly = address('updates');
    const optedIn = address('survey');
    const tenant = tenantClient(app);
    const sent = [
      { email: updatesOnly, wantsUpdates: true },
      { email: optedIn, wantsUpdates: false, surveyInvitationOptIn: true },
    ].map((contact) =>
      tenant.post(
        '/api/public/reports',
        submission(setup.slug, {
          entranceToken: setup.entranceToken,
          contact: { ...contact, consent: true },
        }),
      ),
    );
    const receipts = await Promise.all(sent);
    for (const receipt of receipts) expect(receipt.statusCode, receipt.body).toBe(201);
    const stored = await app.db
      .select({ email: reports.reporterEmail, optIn: reports.surveyInvitationOptIn })
      .from(reports)
      .where(eq(reports.organizationId, admin.organizationId));
    expect(stored).toEqual(
      expect.arrayContaining([
        { email: updatesOnly, optIn: false },
        { email: optedIn, optIn: true },
      ]),
    );

    const reportIds = receipts.map((receipt) => receipt.json().id);
    const workOrder = await postWorkOrder(admin, { areaId, reportIds });
    const done = await admin.patch(`/api/work-orders/${workOrder.id}`, {
      status: 'done',
      resolution: 'Klart.',
    });
    expect(done.statusCode, done.body).toBe(200);

    // An invitation is the mail with a survey link (/s/<code>); status mails link /r/<code>.
    const invitationsTo = async (to: string) =>
      (await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, to))).filter((mail) =>
        /\/s\/[A-Z0-9]{12}\b/.test(mail.body),
      );
    expect(await invitationsTo(updatesOnly)).toEqual([]);
    const [invitation] = await invitationsTo(optedIn);
    expect(invitation).toBeDefined();

    // Every mail to a tenant links the organization's privacy notice, and the invitation says
    // truly what is kept: the address on the invitation until answer or reminder, and on the report.
    const notice = `/privacy/${setup.slug}`;
    expect(invitation?.body).toContain(notice);
    expect(invitation?.body).toContain('We keep your e-mail address with the invitation');
    expect(invitation?.body).toContain('The address stays on the report for at most 3 months');
    expect(invitation?.body).not.toMatch(/do not keep your e-mail|sparar inte din e-postadress/);
    const statusMails = await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, updatesOnly));
    expect(statusMails.length).toBeGreaterThan(0);
    for (const mail of statusMails) expect(mail.body).toContain(notice);
  });

  it('leaves the box unticked when the form does not send it', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const contact = { email: address('plain'), wantsUpdates: true, consent: true };
    const response = await tenantClient(app).post('/api/public/reports', submission(setup.slug, { contact }));
    expect(response.statusCode, response.body).toBe(201);
    const [row] = await app.db
      .select({ optIn: reports.surveyInvitationOptIn })
      .from(reports)
      .where(eq(reports.id, response.json().id));
    expect(row?.optIn).toBe(false);
  });
});
