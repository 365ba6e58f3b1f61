import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, mailOutbox, reports, reportUpdates } from '../../db/schema';
import { testApp } from '../../testing/test-app';
import { reportingOrganization } from './test-setup';
import { sendReportNotices, transitionReports, withDuplicates } from './transitions';

const contact = (email: string) => ({ reporterEmail: email, wantsUpdates: true, locale: 'en' });
const uniqueEmail = () => `tenant-${Math.random().toString(36).slice(2)}@example.org`;

describe('triage', () => {
  it('accepts with the built-in reply, e-mails the reporter and audits it', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const email = uniqueEmail();
    const report = await org.report(contact(email));
    const safety = await org.login('safety_coordinator');
    const response = await safety.post(`/api/reports/${report.id}/accept`, {});
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail.status).toBe('accepted');
    expect(detail.publicReply).toContain(report.trackingCode);
    expect(detail.updates.at(-1)).toMatchObject({
      status: 'accepted',
      authorName: 'Test safety_coordinator',
      notification: 'sent',
    });
    const [mail] = await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect(mail.subject).toBe(`Report ${report.trackingCode} has been updated`);
    expect(mail.body).toContain(`/r/${report.trackingCode}`);
    const [row] = await app.db.select().from(reports).where(eq(reports.id, report.id));
    expect(row.firstResponseAt).not.toBeNull();
    expect(row.closedAt).toBeNull();
    const audits = await app.db.select().from(auditLog).where(eq(auditLog.entityId, report.id));
    expect(audits.map((a) => a.action)).toContain('accept');
  });

  it('rejects with a reason kept internal and a reply, then refuses to reject again (409)', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report();
    const rejected = await org.admin.post(`/api/reports/${report.id}/reject`, {
      reason: 'Not a fault',
      reply: 'We checked: it works.',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectReason: 'Not a fault',
      publicReply: 'We checked: it works.',
    });
    const again = await org.admin.post(`/api/reports/${report.id}/reject`, { reason: 'x' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.issues[0]).toMatchObject({
      path: 'status',
      message: expect.stringContaining('rejected'),
    });
    const done = await org.report({ status: 'done' });
    expect((await org.admin.post(`/api/reports/${done.id}/reject`, { reason: 'x' })).statusCode).toBe(409);
    expect((await org.admin.post(`/api/reports/${done.id}/accept`, {})).statusCode).toBe(409);
    expect((await org.admin.post(`/api/reports/${report.id}/reject`, { reason: '' })).statusCode).toBe(400);
  });

  it('replies without changing the status, and 403s those who may only read', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report({ status: 'accepted' });
    const replied = await org.admin.post(`/api/reports/${report.id}/reply`, { text: 'We come on Tuesday.' });
    expect(replied.json()).toMatchObject({ status: 'accepted', publicReply: 'We come on Tuesday.' });
    const viewer = await org.login('viewer');
    expect((await viewer.post(`/api/reports/${report.id}/reply`, { text: 'x' })).statusCode).toBe(403);
    expect((await viewer.get(`/api/reports/${report.id}`)).json().abilities).toEqual([]);
  });

  it('lets only social coordinators (and admins only by break-glass) triage restricted reports', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const secret = await org.report({ categoryId: org.disturbance.id, restricted: true });
    const safety = await org.login('safety_coordinator');
    expect((await safety.post(`/api/reports/${secret.id}/accept`, {})).statusCode).toBe(404);
    expect((await org.admin.post(`/api/reports/${secret.id}/accept`, {})).statusCode).toBe(403);
    const social = await org.login('social_coordinator');
    const accepted = await social.post(`/api/reports/${secret.id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().abilities).toContain('report.triage');
  });

  it('merges a duplicate into its target; the duplicate follows when the target is done', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const target = await org.report();
    const email = uniqueEmail();
    const twin = await org.report(contact(email));
    const invalid = [
      [twin.id, 'mergeSelf'],
      ['01890000-0000-7000-8000-000000000000', 'unknown'],
    ];
    for (const [intoId] of invalid) {
      const response = await org.admin.post(`/api/reports/${twin.id}/merge`, { intoId });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe('intoId');
    }
    const merged = await org.admin.post(`/api/reports/${twin.id}/merge`, { intoId: target.id });
    expect(merged.json()).toMatchObject({ status: 'duplicate', duplicateOfId: target.id });
    expect((await org.admin.get(`/api/reports/${target.id}`)).json().duplicates).toEqual([
      { id: twin.id, trackingCode: twin.trackingCode, createdAt: expect.any(String) },
    ]);
    const third = await org.report();
    const intoDuplicate = await org.admin.post(`/api/reports/${third.id}/merge`, { intoId: twin.id });
    expect(intoDuplicate.json().error.issues[0].path).toBe('intoId');
    // The work order of the target is done: the caller includes the duplicates.
    const notices = await app.db.transaction(async (tx) =>
      transitionReports(tx, {
        organizationId: org.organizationId,
        reportIds: await withDuplicates(tx, org.organizationId, [target.id]),
        status: 'done',
        publicText: 'The lamp is replaced.',
        authorUserId: null,
      }),
    );
    expect(notices.map((n) => n.reportId)).toEqual([twin.id]);
    await sendReportNotices(app, notices);
    const mails = await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect(mails.map((m) => m.body).join()).toContain('The lamp is replaced.');
    const [row] = await app.db.select().from(reports).where(eq(reports.id, twin.id));
    expect(row.status).toBe('duplicate');
    const [targetRow] = await app.db.select().from(reports).where(eq(reports.id, target.id));
    expect(targetRow).toMatchObject({ status: 'done', publicReply: 'The lamp is replaced.' });
    expect(targetRow.closedAt).not.toBeNull();
  });
});

describe('merging across need-to-know', () => {
  it('refuses to merge a restricted report into an ordinary one and back, naming intoId', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const ordinary = await org.report();
    const secret = await org.report({ restricted: true });
    // The restricted one is the social team's to triage; the ordinary one a handler's (the admin).
    const social = await org.login('social_coordinator');
    for (const [from, into, client] of [
      [secret, ordinary, social],
      [ordinary, secret, org.admin],
    ] as const) {
      const response = await client.post(`/api/reports/${from.id}/merge`, { intoId: into.id });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.issues).toEqual([
        { path: 'intoId', message: expect.stringContaining('restricted report') },
      ]);
    }
    const [row] = await app.db.select().from(reports).where(eq(reports.id, secret.id));
    expect(row).toMatchObject({ status: 'new', duplicateOfId: null });
  });
});

describe('transitionReports', () => {
  it('uses the response template of the category and language, and mails only reachable reporters', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const put = await org.admin.request({
      method: 'PUT',
      url: '/api/response-templates',
      payload: {
        categoryId: org.lighting.id,
        status: 'done',
        locale: 'sv',
        text: 'Lampan är lagad ({code}).',
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const reachable = await org.report({ reporterEmail: uniqueEmail(), wantsUpdates: true, locale: 'sv' });
    const noUpdates = await org.report({ reporterEmail: uniqueEmail(), wantsUpdates: false });
    const withdrawn = await org.report({
      reporterEmail: uniqueEmail(),
      wantsUpdates: true,
      contactWithdrawnAt: new Date(),
    });
    const arabic = await org.report({ reporterEmail: uniqueEmail(), wantsUpdates: true, locale: 'ar' });
    const notices = await app.db.transaction((tx) =>
      transitionReports(tx, {
        organizationId: org.organizationId,
        reportIds: [reachable.id, noUpdates.id, withdrawn.id, arabic.id],
        status: 'done',
        authorUserId: null,
      }),
    );
    expect(notices.map((n) => n.reportId).sort()).toEqual([reachable.id, arabic.id].sort());
    expect(notices.find((n) => n.reportId === reachable.id)?.text).toBe(
      `Lampan är lagad (${reachable.trackingCode}).`,
    );
    expect(notices.find((n) => n.reportId === arabic.id)?.text).toContain('تم إصلاح');
    await sendReportNotices(app, notices);
    const [update] = await app.db
      .select()
      .from(reportUpdates)
      .where(and(eq(reportUpdates.reportId, reachable.id), eq(reportUpdates.status, 'done')))
      .orderBy(desc(reportUpdates.createdAt));
    expect(update.notification).toBe('sent');
  });
});

describe('forwarding', () => {
  it('forwards by e-mail, tells the reporter who has it, never sends contact details', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const bodyEmail = `gatukontoret-${Math.random().toString(36).slice(2)}@kommun.example`;
    const created = await org.admin.post('/api/external-bodies', {
      name: 'Botkyrka kommun',
      email: bodyEmail,
      open311ApiKey: 'secret-key',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ hasApiKey: true });
    expect(created.body).not.toContain('secret-key');
    const report = await org.report({
      reporterName: 'Amina',
      reporterEmail: uniqueEmail(),
      wantsUpdates: true,
      locale: 'en',
    });
    const forwarded = await org.admin.post(`/api/reports/${report.id}/forward`, {
      externalBodyId: created.json().id,
    });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    const detail = (await org.admin.get(`/api/reports/${report.id}`)).json();
    expect(detail).toMatchObject({ status: 'forwarded', forwardedTo: { name: 'Botkyrka kommun' } });
    expect(detail.publicReply).toContain('Botkyrka kommun');
    expect(detail.updates.at(-1).internalNote).toBe(`E-mail: sent to ${bodyEmail}`);
    const [mail] = await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, bodyEmail));
    expect(mail.body).toContain(report.description);
    expect(mail.body).not.toContain('Amina');
  });

  it('records an Open311 endpoint on a private address as refused, without calling it', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      for (const open311Endpoint of ['https://127.0.0.1:9/open311/v2', 'https://localhost:9/v2']) {
        const created = await org.admin.post('/api/external-bodies', { name: 'Intern', open311Endpoint });
        expect(created.statusCode, created.body).toBe(201);
        const report = await org.report();
        const forwarded = await org.admin.post(`/api/reports/${report.id}/forward`, {
          externalBodyId: created.json().id,
        });
        expect(forwarded.statusCode, forwarded.body).toBe(200);
        const detail = (await org.admin.get(`/api/reports/${report.id}`)).json();
        expect(detail.status).toBe('forwarded');
        expect(detail.updates.at(-1).internalNote).toBe('Open311: failed (refused: private address)');
      }
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('accepts only https:// Open311 endpoints, naming open311Endpoint', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    for (const open311Endpoint of ['http://311.example.org/v2', 'ftp://311.example.org/v2']) {
      const response = await org.admin.post('/api/external-bodies', { name: 'Kommunen', open311Endpoint });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues).toEqual([
        { path: 'open311Endpoint', message: 'has the wrong format (url)' },
      ]);
    }
  });

  it('refuses an unknown or archived body naming externalBodyId', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report();
    const body = (
      await org.admin.post('/api/external-bodies', { name: 'Trafikverket', email: 'tv@example.org' })
    ).json();
    await org.admin.post(`/api/external-bodies/${body.id}/archive`);
    for (const externalBodyId of [body.id, '01890000-0000-7000-8000-000000000000']) {
      const response = await org.admin.post(`/api/reports/${report.id}/forward`, { externalBodyId });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe('externalBodyId');
    }
    expect((await org.admin.get(`/api/reports/${report.id}`)).json().status).toBe('new');
  });
});
