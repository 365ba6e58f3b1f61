import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { type Client, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';

beforeAll(() => testApp());

const contacts = {
  controllerName: 'Bostadsbolaget i Test AB',
  controllerOrgNumber: '556123-4567',
  controllerAddress: 'Storgatan 1, 123 45 Teststad',
  publicSector: true,
  dpoName: 'Dana Dataskydd',
  dpoEmail: 'dataskyddsombud@test.trygg.local',
  dpoPhone: '08-123 456 78',
  contactEmail: 'integritet@test.trygg.local',
  contactPhone: '',
  contactWeb: 'https://test.trygg.local/integritet',
};

const put = (client: Client, payload: unknown) =>
  client.request({
    method: 'PUT',
    url: '/api/organization/privacy',
    payload: payload as InjectOptions['payload'],
  });

describe('privacy contacts in the organization settings', () => {
  it('lets an admin set them, shows them in the tenant notice, and logs which fields changed but not their values', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    expect((await admin.get('/api/organization/privacy')).json().contacts).toBeNull();
    const saved = await put(admin, contacts);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ dpoName: 'Dana Dataskydd', contactPhone: null });
    const read = (await admin.get('/api/organization/privacy')).json();
    expect(read.contacts.controllerOrgNumber).toBe('556123-4567');
    expect(read.noticeUrl).toMatch(/\/privacy\/org-/);

    const slug = `org-${admin.organizationId}`;
    const notice = await app.inject({ method: 'GET', url: `/api/public/privacy-notice?org=${slug}` });
    expect(notice.statusCode).toBe(200);
    expect(notice.json()).toMatchObject({
      organization: { slug },
      contacts: { controllerName: 'Bostadsbolaget i Test AB', dpoEmail: 'dataskyddsombud@test.trygg.local' },
      // The schedule's defaults (common/retention/schedule.ts); the outbox's 90 days said as 3 months.
      retention: {
        contactDetails: 3,
        reportText: 24,
        photos: 24,
        surveyCodes: 1,
        outbox: 3,
        cases: 36,
        auditLog: 60,
      },
    });
    // The notice says what the retention job does: an organization's own period shows at once.
    const own = await admin.patch('/api/retention', { periods: { contact_details: 6, report_texts: 12 } });
    expect(own.statusCode, own.body).toBe(200);
    const after = await app.inject({ method: 'GET', url: `/api/public/privacy-notice?org=${slug}` });
    expect(after.json().retention).toMatchObject({ contactDetails: 6, reportText: 12, photos: 12 });

    const log = await app.db.select().from(auditLog).where(eq(auditLog.organizationId, admin.organizationId));
    const entry = log.find((row) => row.entityType === 'organization_privacy');
    expect(entry?.after).toMatchObject({ changedFields: expect.arrayContaining(['dpoName', 'dpoEmail']) });
    expect(JSON.stringify(entry)).not.toContain('Dana Dataskydd');
  });

  it('answers a malformed e-mail or organization number with a 400 naming the field', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const badEmail = await put(admin, { ...contacts, dpoEmail: 'inte-en-adress' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().error.issues).toEqual([expect.objectContaining({ path: 'dpoEmail' })]);
    const badNumber = await put(admin, { ...contacts, controllerOrgNumber: '12' });
    expect(badNumber.statusCode).toBe(400);
    expect(badNumber.json().error.issues[0].path).toBe('controllerOrgNumber');
    const missing = await put(admin, { ...contacts, controllerName: '' });
    expect(missing.json().error.issues[0].path).toBe('controllerName');
  });

  it('lets other roles read but not change them', async () => {
    const app = await testApp();
    const coordinator = await loginAs(app, 'safety_coordinator');
    expect((await coordinator.get('/api/organization/privacy')).statusCode).toBe(200);
    expect((await put(coordinator, contacts)).statusCode).toBe(403);
  });

  it('gives the general notice without an organization, and 404 for an unknown one', async () => {
    const app = await testApp();
    const general = await app.inject({ method: 'GET', url: '/api/public/privacy-notice' });
    expect(general.json()).toMatchObject({ organization: null, contacts: null, invitationDays: 30 });
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/public/privacy-notice?org=no-such-company',
    });
    expect(unknown.statusCode).toBe(404);
  });
});
