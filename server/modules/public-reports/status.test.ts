import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reports, reportUpdates, workOrders } from '../../db/schema';
import { newId } from '../../platform/ids';
import { testApp } from '../../testing/test-app';
import { publicSetup, submission, tenantClient } from './test-public';

async function submitted(app: Awaited<ReturnType<typeof testApp>>, overrides: Record<string, unknown> = {}) {
  const setup = await publicSetup(app);
  const tenant = tenantClient(app);
  const receipt = (await tenant.post('/api/public/reports', submission(setup.slug, overrides))).json();
  return { setup, tenant, receipt, organizationId: setup.admin.organizationId };
}

describe('the status page of a tracking code', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('reveals the status and public replies, nothing else', async () => {
    const app = await testApp();
    const { tenant, receipt, organizationId } = await submitted(app, {
      contact: { name: 'Anna', email: 'anna@example.se', phone: '070-1234567', consent: true },
    });
    await app.db.insert(reportUpdates).values([
      {
        organizationId,
        id: newId(),
        reportId: receipt.id,
        status: 'new',
        internalNote: 'Neighbour says it is 12B',
      },
      {
        organizationId,
        id: newId(),
        reportId: receipt.id,
        status: 'accepted',
        publicText: 'Thanks, we are on it',
      },
    ]);
    const code = receipt.trackingCode as string;
    const response = await tenant.get(
      `/api/public/reports/${code.toLowerCase().replace('-', ' ')}?locale=sv`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(Object.keys(page).sort()).toEqual(
      [
        'category',
        'forwardedTo',
        'hasContactDetails',
        'organizationSlug',
        'receivedAt',
        'resolution',
        'status',
        'trackingCode',
        'updatedAt',
        'updates',
        'wantsUpdates',
      ].sort(),
    );
    expect(page).toMatchObject({ trackingCode: code, category: 'Belysning', hasContactDetails: true });
    expect(page.updates.map((u: { status: string; text: string | null }) => [u.status, u.text])).toEqual([
      ['new', null],
      ['accepted', 'Thanks, we are on it'],
    ]);
    for (const secret of ['Anna', 'anna@example.se', '1234567', 'lamp by entrance', 'Neighbour', '17.95']) {
      expect(response.body).not.toContain(secret);
    }
  });

  it('shows a restricted category only as a neutral "case"', async () => {
    const app = await testApp();
    const { tenant, receipt } = await submitted(app, { categoryKey: 'disturbance' });
    const sv = (await tenant.get(`/api/public/reports/${receipt.trackingCode}?locale=sv`)).json();
    const en = (await tenant.get(`/api/public/reports/${receipt.trackingCode}?locale=en`)).json();
    expect([sv.category, en.category]).toEqual(['Ärende', 'Case']);
  });

  it('shows what was done, and for a duplicate the status of the report it was merged into', async () => {
    const app = await testApp();
    const { setup, tenant, receipt, organizationId } = await submitted(app);
    const duplicate = (await tenant.post('/api/public/reports', submission(setup.slug))).json();
    const workOrderId = newId();
    await app.db.insert(workOrders).values({
      organizationId,
      id: workOrderId,
      number: 1,
      pillar: 'physical',
      title: 'Change the lamp',
      areaId: setup.areaId,
      status: 'done',
      resolution: 'The lamp was replaced with an LED fitting.',
    });
    const ofReport = (id: string) => and(eq(reports.organizationId, organizationId), eq(reports.id, id));
    await app.db.update(reports).set({ status: 'done', workOrderId }).where(ofReport(receipt.id));
    await app.db
      .update(reports)
      .set({ status: 'duplicate', duplicateOfId: receipt.id })
      .where(ofReport(duplicate.id));
    const page = (await tenant.get(`/api/public/reports/${duplicate.trackingCode}`)).json();
    expect(page).toMatchObject({ status: 'done', resolution: 'The lamp was replaced with an LED fitting.' });
    expect(page.trackingCode).toBe(duplicate.trackingCode);
  });

  it('answers 404 for an unknown or malformed code', async () => {
    const app = await testApp();
    const tenant = tenantClient(app);
    expect((await tenant.get('/api/public/reports/ABCDE-FGHJK')).statusCode).toBe(404);
    expect((await tenant.get('/api/public/reports/not-a-code')).statusCode).toBe(404);
  });

  it('lets the reporter withdraw their contact details, and ask for e-mail updates later', async () => {
    const app = await testApp();
    const { tenant, receipt, organizationId } = await submitted(app, {
      contact: { name: 'Anna', email: 'anna@example.se', consent: true, wantsUpdates: true },
    });
    const url = `/api/public/reports/${receipt.trackingCode}`;
    const withdrawn = await tenant.post(`${url}/withdraw-contact`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ hasContactDetails: false, wantsUpdates: false });
    const [row] = await app.db
      .select()
      .from(reports)
      .where(and(eq(reports.organizationId, organizationId), eq(reports.id, receipt.id)));
    expect(row).toMatchObject({
      reporterName: null,
      reporterEmail: null,
      reporterPhone: null,
      wantsUpdates: false,
    });
    expect(row.contactWithdrawnAt).toBeInstanceOf(Date);
    const notes = await app.db
      .select()
      .from(reportUpdates)
      .where(and(eq(reportUpdates.organizationId, organizationId), eq(reportUpdates.reportId, receipt.id)));
    expect(notes.some((n) => n.internalNote?.includes('withdrew'))).toBe(true);

    const refused = await tenant.post(`${url}/updates`, { email: 'anna@example.se' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues[0].path).toBe('consent');
    const subscribed = await tenant.post(`${url}/updates`, { email: 'anna@example.se', consent: true });
    expect(subscribed.json()).toMatchObject({ hasContactDetails: true, wantsUpdates: true });
    // Notices skip withdrawn contacts: subscribing again must lift the withdrawal.
    const [again] = await app.db
      .select()
      .from(reports)
      .where(and(eq(reports.organizationId, organizationId), eq(reports.id, receipt.id)));
    expect(again.contactWithdrawnAt).toBeNull();
    const asked = await app.db
      .select()
      .from(reportUpdates)
      .where(and(eq(reportUpdates.organizationId, organizationId), eq(reportUpdates.reportId, receipt.id)));
    expect(asked.filter((n) => n.internalNote === 'The reporter asked for e-mail updates')).toEqual([
      expect.objectContaining({ status: again.status, publicText: null }),
    ]);
  });

  it('refuses to replace an e-mail address already stored, 409 naming email', async () => {
    const app = await testApp();
    const { tenant, receipt, organizationId } = await submitted(app, {
      contact: { name: 'Anna', email: 'anna@example.se', consent: true, wantsUpdates: true },
    });
    const url = `/api/public/reports/${receipt.trackingCode}/updates`;
    const body = { email: 'someone.else@example.se', consent: true };
    const refused = await tenant.post(url, body, { 'accept-language': 'sv' });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.issues).toEqual([
      { path: 'email', message: 'Anmälan har redan en e-postadress för uppdateringar' },
    ]);
    const inEnglish = await tenant.post(url, body, { 'accept-language': 'en' });
    expect(inEnglish.json().error.issues[0].message).toBe(
      'This report already has an e-mail address for updates',
    );
    const [row] = await app.db
      .select()
      .from(reports)
      .where(and(eq(reports.organizationId, organizationId), eq(reports.id, receipt.id)));
    expect(row.reporterEmail).toBe('anna@example.se');
  });
});
