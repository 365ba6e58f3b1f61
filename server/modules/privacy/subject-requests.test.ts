import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesDir } from '../../config';
import {
  auditLog,
  mailOutbox,
  photos,
  reportPublicSummaries,
  reports,
  reportUpdates,
  surveyCodes,
} from '../../db/schema';
import { clientFor, createArea, createOrganization, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { organizationWithSubject } from './test-subject';

const uniqueEmail = () => `anna-${Math.random().toString(36).slice(2)}@example.se`;
const reference = 'DNR 2026/123';

describe('data subject requests', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('finds everything about a person by e-mail: reports, timeline texts, photos, mail', async () => {
    const app = await testApp();
    const email = uniqueEmail();
    const { social, reports: made } = await organizationWithSubject(app, email);
    const response = await social.post('/api/privacy/subject-requests/search', {
      email: email.toUpperCase(),
      reference,
    });
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json();
    expect(summary.counts).toEqual({
      reports: 2,
      timelineTexts: 1,
      photos: 1,
      mails: 2,
      surveyInvitations: 1,
    });
    expect(summary.reports.map((r: { trackingCode: string }) => r.trackingCode).sort()).toEqual(
      [made.first.trackingCode, made.second.trackingCode].sort(),
    );
    expect(summary.isStaffUser).toBe(false);
    // The same person by phone, written another way.
    const byPhone = await social.post('/api/privacy/subject-requests/search', {
      phone: '+46 70 1234567',
      reference,
    });
    expect(byPhone.json().counts.reports).toBe(2);
  });

  it('exports as JSON and as a PDF, each logged with the reference and counts, never the address', async () => {
    const app = await testApp();
    const email = uniqueEmail();
    const { social, organizationId } = await organizationWithSubject(app, email);
    const json = await social.post('/api/privacy/subject-requests/export', {
      email,
      reference,
      format: 'json',
    });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers['content-disposition']).toContain('registerutdrag-DNR_2026_123.json');
    const exported = json.json();
    expect(exported.reports).toHaveLength(2);
    expect(exported.reports[0]).toMatchObject({
      description: 'Anna: the lamp outside my door at 12B is out',
      contact: { name: 'Anna Andersson', email, phone: '070-123 45 67' },
    });
    expect(exported.reports[1].timeline.some((t: { publicText: string | null }) => t.publicText)).toBe(true);
    expect(exported.mails.map((mail: { to: string }) => mail.to)).toEqual([email, email]);
    expect(exported.surveyInvitations).toEqual([
      expect.objectContaining({ reason: 'work_order_done', answered: false }),
    ]);
    const pdf = await social.post('/api/privacy/subject-requests/export', {
      phone: '0701234567',
      reference,
      format: 'pdf',
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const logged = await app.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.organizationId, organizationId))
      .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
    const exports = logged.filter((row) => row.action === 'subject_export');
    expect(exports.map((row) => row.after)).toEqual([
      expect.objectContaining({ reference, searchedBy: 'email', format: 'json', counts: expect.any(Object) }),
      expect.objectContaining({ reference, searchedBy: 'phone', format: 'pdf' }),
    ]);
    expect(JSON.stringify(logged)).not.toContain(email);
    expect(JSON.stringify(logged)).not.toContain('1234567');
  });

  it('erases the person: contact, texts, photos and files, mail; statistics stay; a rerun finds nothing', async () => {
    const app = await testApp();
    const email = uniqueEmail();
    const { setup, social, organizationId, reports: made } = await organizationWithSubject(app, email);
    // A public summary a coordinator approved from the tenant's words goes with them.
    await app.db.insert(reportPublicSummaries).values({
      organizationId,
      reportId: made.first.id,
      text: 'Lampan vid cykelstället är trasig',
      approvedBy: setup.admin.userId,
    });
    const erase = await social.post('/api/privacy/subject-requests/erase', { email, reference });
    expect(erase.statusCode, erase.body).toBe(200);
    expect(erase.json().erased).toEqual({
      reports: 2,
      timelineTexts: 1,
      photos: 1,
      mails: 2,
      surveyInvitations: 1,
    });
    const invitations = await app.db
      .select()
      .from(surveyCodes)
      .where(eq(surveyCodes.organizationId, organizationId));
    expect(invitations.map((code) => code.inviteEmail)).toEqual([null]);

    const summaries = await app.db
      .select()
      .from(reportPublicSummaries)
      .where(eq(reportPublicSummaries.organizationId, organizationId));
    expect(summaries).toEqual([]);

    const rows = await app.db.select().from(reports).where(eq(reports.organizationId, organizationId));
    const erased = rows.filter((row) => row.id !== made.other.id);
    for (const row of erased) {
      expect(row).toMatchObject({
        reporterName: null,
        reporterEmail: null,
        reporterPhone: null,
        description: '[raderat]',
        locationText: null,
        lat: null,
        contentHash: null,
      });
      expect(row.categoryId).toBeTruthy();
      expect(row.areaId).toBeTruthy();
    }
    expect(erased.find((row) => row.id === made.second.id)?.status).toBe('accepted');
    const other = rows.find((row) => row.id === made.other.id);
    expect(other?.reporterEmail).toBe(`other-${email}`);
    const texts = await app.db
      .select()
      .from(reportUpdates)
      .where(
        and(eq(reportUpdates.organizationId, organizationId), eq(reportUpdates.reportId, made.second.id)),
      );
    expect(texts.filter((t) => t.publicText).map((t) => t.publicText)).toEqual(['[raderat]']);
    expect(await app.db.select().from(photos).where(eq(photos.organizationId, organizationId))).toEqual([]);
    expect(await readdir(path.join(filesDir(app.config), organizationId))).toEqual([]);
    expect(await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email))).toEqual([]);
    expect(
      await app.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.recipient, `other-${email}`)),
    ).toHaveLength(1);

    // Staff reading the report see no contact details.
    const detail = (await social.get(`/api/reports/${made.first.id}`)).json();
    expect(detail.contact).toBeNull();
    const again = await social.post('/api/privacy/subject-requests/search', { email, reference });
    expect(again.json().counts).toEqual({
      reports: 0,
      timelineTexts: 0,
      photos: 0,
      mails: 0,
      surveyInvitations: 0,
    });
    const rerun = await social.post('/api/privacy/subject-requests/erase', { email, reference });
    expect(rerun.json().erased.reports).toBe(0);
    const logged = await app.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.organizationId, organizationId))
      .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
    expect(logged.filter((row) => row.action === 'subject_erase').map((row) => row.after)).toEqual([
      expect.objectContaining({ reference, counts: erase.json().erased }),
      expect.objectContaining({ reference, counts: expect.objectContaining({ reports: 0 }) }),
    ]);
  });

  it('refuses what is not a request: no reference (400 naming it), both or neither of e-mail and phone', async () => {
    const app = await testApp();
    const social = await loginAs(app, 'social_coordinator');
    const url = '/api/privacy/subject-requests/erase';
    const missing = await social.post(url, { email: 'a@example.se' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues.map((i: { path: string }) => i.path)).toContain('reference');
    const long = await social.post(url, { email: 'a@example.se', reference: 'x'.repeat(101) });
    expect(long.json().error.issues[0]).toMatchObject({
      path: 'reference',
      message: expect.stringContaining('100'),
    });
    const both = await social.post(url, { email: 'a@example.se', phone: '0701234567', reference });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.issues[0].path).toBe('email');
    const neither = await social.post(url, { reference });
    expect(neither.statusCode).toBe(400);
    const notEmail = await social.post(url, { email: 'anna at example', reference });
    expect(notEmail.json().error.issues[0].path).toBe('email');
    const notPhone = await social.post(url, { phone: 'ring mig', reference });
    expect(notPhone.json().error.issues[0].path).toBe('phone');
    // In the user's own language.
    const svUser = await createUser(app, {
      organizationId: social.organizationId,
      role: 'social_coordinator',
      locale: 'sv',
    });
    const swedish = await (await clientFor(app, svUser.id, social.organizationId)).post(url, {
      email: 'a@example.se',
    });
    expect(swedish.json().error.issues[0]).toEqual({ path: 'reference', message: 'måste anges' });
    const badFormat = await social.post('/api/privacy/subject-requests/export', {
      email: 'a@example.se',
      reference,
      format: 'xml',
    });
    expect(badFormat.json().error.issues[0].path).toBe('format');
  });

  it('is for the social coordinator and admins with the whole organization only', async () => {
    const app = await testApp();
    const body = { email: 'a@example.se', reference };
    const url = '/api/privacy/subject-requests/search';
    const safety = await loginAs(app, 'safety_coordinator');
    expect((await safety.post(url, body)).statusCode).toBe(403);
    const admin = await loginAs(app, 'admin');
    expect((await admin.post(url, body)).statusCode).toBe(200);
    const organization = await createOrganization(app);
    const area = await createArea(app, organization.id);
    const scoped = await loginAs(app, 'social_coordinator', {
      organizationId: organization.id,
      areaIds: [area.id],
    });
    expect((await scoped.post(url, body)).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url, payload: body })).statusCode).toBe(401);
  });
});
