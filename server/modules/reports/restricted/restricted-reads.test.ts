import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { testApp } from '../../../testing/test-app';
import { reportingOrganization } from '../test-setup';
import { reportPhoto } from '../testing';

const secretText = 'Grannen i 1102 säljer narkotika i trapphuset';

/** The access-log rows of reads of a report's restricted content. */
const readsOf = (app: FastifyInstance, reportId: string) =>
  app.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, reportId), eq(auditLog.action, 'read_restricted')))
    .orderBy(auditLog.id);

async function restrictedWithPhoto(app: FastifyInstance) {
  const org = await reportingOrganization(app);
  const secret = await org.report({
    categoryId: org.disturbance.id,
    restricted: true,
    description: secretText,
    reporterPhone: '070-123 45 67',
  });
  const photoId = await reportPhoto(app, secret);
  return { org, secret, photoId };
}

describe('reads of restricted content', () => {
  it('logs each read of the description and photos: who, which report, which fields — never the text', async () => {
    const app = await testApp();
    const { org, secret, photoId } = await restrictedWithPhoto(app);
    const social = await org.login('social_coordinator');
    const detail = (await social.get(`/api/reports/${secret.id}`)).json();
    expect(detail).toMatchObject({ description: secretText, contentAccess: 'role' });
    expect(detail.photos.map((p: { id: string }) => p.id)).toEqual([photoId]);
    expect((await social.get(`/api/photos/${photoId}`)).statusCode).toBe(200);

    const rows = await readsOf(app, secret.id);
    expect(rows.map((r) => [r.actorUserId, r.entityType, r.after])).toEqual([
      [social.userId, 'report', { fields: ['description', 'timeline', 'photos', 'contact'], via: 'role' }],
      [social.userId, 'report', { fields: ['photo'], via: 'role' }],
    ]);
    const logged = JSON.stringify(rows);
    expect(logged).not.toContain('narkotika');
    expect(logged).not.toContain('123 45 67');
  });

  it('logs nothing for an ordinary report, and leaves no row for a photo that cannot be served', async () => {
    const app = await testApp();
    const { org, secret } = await restrictedWithPhoto(app);
    const ordinary = await org.report();
    const social = await org.login('social_coordinator');
    expect((await social.get(`/api/reports/${ordinary.id}`)).json().contentAccess).toBe('open');
    expect(await readsOf(app, ordinary.id)).toEqual([]);
    const missing = await reportPhoto(app, secret);
    await app.storage.delete(`${secret.organizationId}/${missing}.jpg`);
    expect((await social.get(`/api/photos/${missing}`)).statusCode).toBe(404);
    expect(await readsOf(app, secret.id)).toEqual([]);
  });

  it('keeps restricted descriptions out of every list, search and export, for everyone', async () => {
    const app = await testApp();
    const { org, secret } = await restrictedWithPhoto(app);
    const social = await org.login('social_coordinator');
    for (const client of [social, org.admin]) {
      const items = (await client.get('/api/reports')).json().items;
      expect(items.find((r: { id: string }) => r.id === secret.id)).toMatchObject({ description: null });
      const found = (await client.get('/api/reports?q=narkotika')).json();
      expect(found.total).toBe(0);
    }
    const csv = await org.admin.get('/api/reports/export?format=csv');
    expect(csv.body).toContain('Restricted category');
    expect(csv.body).not.toContain('narkotika');
    const sv = await org.admin.request({
      method: 'GET',
      url: '/api/reports/export?format=csv',
      headers: { 'accept-language': 'sv' },
    });
    expect(sv.statusCode).toBe(200);
    expect(await readsOf(app, secret.id)).toEqual([]);
  });
});

describe('an admin without break-glass', () => {
  it('sees that the report exists but not its description, photos, contact details or timeline texts', async () => {
    const app = await testApp();
    const { org, secret, photoId } = await restrictedWithPhoto(app);
    const social = await org.login('social_coordinator');
    await social.post(`/api/reports/${secret.id}/accept`, { reply: 'Vi kontaktar grannen' });
    const response = await org.admin.get(`/api/reports/${secret.id}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail).toMatchObject({
      restricted: true,
      status: 'accepted',
      description: null,
      contact: null,
      photos: [],
      photoCount: 1,
      contentAccess: 'hidden',
      breakGlassUntil: null,
    });
    expect(detail.updates.map((u: { publicText: string | null }) => u.publicText)).toEqual([null, null]);
    expect(detail.abilities).toContain('report.break_glass');
    expect(detail.abilities).not.toContain('report.triage');
    expect(detail.abilities).not.toContain('report.read_contact');
    expect(response.body).not.toContain('narkotika');
    expect(response.body).not.toContain('grannen');
    expect((await org.admin.get(`/api/photos/${photoId}`)).statusCode).toBe(403);
    expect((await org.admin.post(`/api/reports/${secret.id}/reply`, { text: 'Hej' })).statusCode).toBe(403);
    // Nor may the admin handle it by putting it into a work order (that would change its status).
    expect(detail.abilities).not.toContain('work_order.create');
    const linked = await org.admin.post('/api/work-orders', {
      pillar: 'social',
      title: 'Samtal',
      areaId: org.areaId,
      reportIds: [secret.id],
    });
    expect(linked.statusCode, linked.body).toBe(400);
    expect(linked.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['reportIds']);
    const adminReads = (await readsOf(app, secret.id)).filter((r) => r.actorUserId === org.admin.userId);
    expect(adminReads).toEqual([]);
  });

  it('logs a data subject export that carries a restricted report to its reporter, per report', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const email = `subject-${Math.random().toString(36).slice(2)}@example.se`;
    const secret = await org.report({
      categoryId: org.disturbance.id,
      restricted: true,
      description: secretText,
      reporterEmail: email,
    });
    const exported = await org.admin.post('/api/privacy/subject-requests/export', {
      email,
      reference: 'DNR 2026/7',
      format: 'json',
    });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.body).toContain(secretText);
    const reads = await readsOf(app, secret.id);
    expect(reads.map((r) => [r.actorUserId, r.after])).toEqual([
      [
        org.admin.userId,
        { fields: ['description', 'timeline', 'contact', 'photos'], via: 'subject_request' },
      ],
    ]);
  });
});
