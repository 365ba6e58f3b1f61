import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { photos, reports, reportUpdates } from '../../db/schema';
import { phonePhoto } from '../../platform/test-images';
import { testApp } from '../../testing/test-app';
import { multipartBody, publicSetup, submission, tenantClient } from '../public-reports/test-public';
import { reportingOrganization } from '../reports/test-setup';
import { closeReportAgo, runRetentionOn, runsOf } from './testing';

beforeAll(() => testApp());

/** A tenant's report with contact details and a photo, sent through the public form and rejected by staff. */
async function tenantReport() {
  const app = await testApp();
  const setup = await publicSetup(app);
  const body = submission(setup.slug, {
    contact: { name: 'Ada Andersson', email: 'ada@example.se', phone: '070-1234567', consent: true },
  });
  const { payload, headers } = multipartBody(body, [await phonePhoto()]);
  const sent = await tenantClient(app).request({
    method: 'POST',
    url: '/api/public/reports',
    payload,
    headers,
  });
  expect(sent.statusCode, sent.body).toBe(201);
  const id = body.id;
  const rejected = await setup.admin.post(`/api/reports/${id}/reject`, { reason: 'Not ours' });
  expect(rejected.statusCode, rejected.body).toBe(200);
  const organizationId = setup.admin.organizationId;
  const detail = async () => (await setup.admin.get(`/api/reports/${id}`)).json();
  const photoRows = () =>
    app.db
      .select()
      .from(photos)
      .where(and(eq(photos.organizationId, organizationId), eq(photos.ownerId, id)));
  return { app, setup, id, organizationId, detail, photoRows };
}

describe('retention of reports', () => {
  it("clears a closed report's contact details once the period (3 months) has passed, not before", async () => {
    const { app, id, organizationId, detail } = await tenantReport();
    // On the code before retention was carried out nothing ever removed them: after any time
    // the staff detail still showed the reporter's name, e-mail and phone.
    await closeReportAgo(app, organizationId, id, 2);
    await runRetentionOn(app, [organizationId]);
    expect((await detail()).contact).toMatchObject({ email: 'ada@example.se', phone: '070-1234567' });

    await closeReportAgo(app, organizationId, id, 3);
    await runRetentionOn(app, [organizationId]);
    const after = await detail();
    expect(after.contact).toBeNull();
    expect(after.description).toBe('The lamp by entrance 12 is out');
    const [row] = await app.db.select().from(reports).where(eq(reports.id, id));
    expect(row).toMatchObject({
      reporterName: null,
      reporterEmail: null,
      reporterPhone: null,
      contentHash: null,
    });
    expect((await runsOf(app, organizationId, 'contact_details')).at(-1)).toMatchObject({
      rows: 1,
      period: 3,
      unit: 'months',
      rule: '3 months (default)',
    });
  });

  it('removes description and photos (files too) after 24 months, keeping the report and its counts', async () => {
    const { app, setup, id, organizationId, detail, photoRows } = await tenantReport();
    const [photo] = await photoRows();
    expect(await app.storage.get(photo?.storageKey as string)).not.toBeNull();
    await closeReportAgo(app, organizationId, id, 23);
    await runRetentionOn(app, [organizationId]);
    expect((await detail()).description).toBe('The lamp by entrance 12 is out');
    expect(await photoRows()).toHaveLength(1);

    await closeReportAgo(app, organizationId, id, 24);
    await runRetentionOn(app, [organizationId]);
    const after = await detail();
    expect(after.description).toBe('');
    expect(after.rejectReason).toBeNull();
    // The exact point (often the phone's GPS at the tenant's door) is coarsened to a cell of about
    // 110 × 115 m: the map of old reports stays useful, the door is no longer found from it.
    const [row] = await app.db.select().from(reports).where(eq(reports.id, id));
    expect(row?.lat).toBeCloseTo(59.21, 6);
    expect(row?.lon).toBeCloseTo(17.95, 6);
    expect(await photoRows()).toHaveLength(0);
    expect(await app.storage.get(photo?.storageKey as string)).toBeNull();
    const inbox = (await setup.admin.get('/api/reports?status=done')).json();
    expect(inbox.items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it("keeps a restricted (case) report's contact and text for the cases' period (36 months)", async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report({
      categoryKey: 'disturbance',
      reporterEmail: 'neighbour@example.se',
      description: 'Loud music every night in 1102',
    });
    await app.db.insert(reportUpdates).values({
      organizationId: org.organizationId,
      id: crypto.randomUUID(),
      reportId: report.id,
      status: 'done',
      internalNote: 'Talked to the tenant in 1102',
    });
    const rowOf = async () => (await app.db.select().from(reports).where(eq(reports.id, report.id)))[0];
    const notes = async () =>
      (await app.db.select().from(reportUpdates).where(eq(reportUpdates.reportId, report.id))).map(
        (u) => u.internalNote,
      );
    await closeReportAgo(app, org.organizationId, report.id, 35);
    await runRetentionOn(app, [org.organizationId]);
    expect(await rowOf()).toMatchObject({
      reporterEmail: 'neighbour@example.se',
      description: 'Loud music every night in 1102',
    });
    expect(await notes()).toContain('Talked to the tenant in 1102');

    await closeReportAgo(app, org.organizationId, report.id, 36);
    await runRetentionOn(app, [org.organizationId]);
    expect(await rowOf()).toMatchObject({ reporterEmail: null, description: '' });
    expect(await notes()).not.toContain('Talked to the tenant in 1102');
    expect((await runsOf(app, org.organizationId, 'cases')).at(-1)?.rows).toBe(3);
  });

  it('leaves an open report alone however old it is', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report({ reporterEmail: 'old@example.se', createdAt: new Date('2015-01-01') });
    await runRetentionOn(app, [org.organizationId]);
    const [row] = await app.db.select().from(reports).where(eq(reports.id, report.id));
    expect(row).toMatchObject({
      reporterEmail: 'old@example.se',
      description: 'The lamp by entrance 12 is out',
    });
  });
});
