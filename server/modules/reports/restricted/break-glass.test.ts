import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { breakGlassMinutes } from '../../../../common/contracts/reports';
import { auditLog, reportBreakGlass } from '../../../db/schema';
import { newId } from '../../../platform/ids';
import { createArea } from '../../../testing/factories';
import { testApp } from '../../../testing/test-app';
import { reportingOrganization } from '../test-setup';
import { reportPhoto } from '../testing';

const reason = 'Polisen begär uppgifter om händelsen i natt';

async function restricted(app: FastifyInstance) {
  const org = await reportingOrganization(app);
  const secret = await org.report({
    categoryId: org.disturbance.id,
    restricted: true,
    description: 'Bråk och skrik i lägenhet 1204 varje natt',
    reporterEmail: 'granne@example.org',
  });
  return { org, secret, photoId: await reportPhoto(app, secret) };
}

const logOf = (app: FastifyInstance, reportId: string) =>
  app.db.select().from(auditLog).where(eq(auditLog.entityId, reportId)).orderBy(auditLog.id);

describe('break-glass', () => {
  it('opens a restricted report to an admin for a while, with the reason recorded and each read logged', async () => {
    const app = await testApp();
    const { org, secret, photoId } = await restricted(app);
    const before = Date.now();
    const response = await org.admin.post(`/api/reports/${secret.id}/break-glass`, { reason });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail).toMatchObject({
      description: 'Bråk och skrik i lägenhet 1204 varje natt',
      contact: { email: 'granne@example.org' },
      contentAccess: 'break_glass',
    });
    expect(detail.photos).toHaveLength(1);
    const until = Date.parse(detail.breakGlassUntil);
    expect(until - before).toBeGreaterThan((breakGlassMinutes - 1) * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(breakGlassMinutes * 60_000);
    expect(detail.abilities).toContain('report.triage');
    expect(detail.abilities).not.toContain('report.break_glass');
    expect((await org.admin.get(`/api/photos/${photoId}`)).statusCode).toBe(200);

    const [grant] = await app.db
      .select()
      .from(reportBreakGlass)
      .where(eq(reportBreakGlass.reportId, secret.id));
    expect(grant).toMatchObject({ userId: org.admin.userId, reason });
    const log = await logOf(app, secret.id);
    expect(log.map((row) => [row.actorUserId, row.action, row.after])).toEqual([
      [org.admin.userId, 'break_glass', { breakGlassId: grant.id, minutes: breakGlassMinutes }],
      [
        org.admin.userId,
        'read_restricted',
        {
          fields: ['description', 'timeline', 'photos', 'contact'],
          via: 'break_glass',
          breakGlassId: grant.id,
        },
      ],
      [
        org.admin.userId,
        'read_restricted',
        { fields: ['photo'], via: 'break_glass', breakGlassId: grant.id },
      ],
    ]);
    // The reason is kept with the grant, not copied into the audit log.
    expect(JSON.stringify(log)).not.toContain('Polisen');

    // While open, the admin may also handle the report; a second break-glass is refused.
    expect((await org.admin.post(`/api/reports/${secret.id}/reply`, { text: 'Hej' })).statusCode).toBe(200);
    expect((await org.admin.post(`/api/reports/${secret.id}/break-glass`, { reason })).statusCode).toBe(409);
  });

  it('expires: a grant past its time opens nothing', async () => {
    const app = await testApp();
    const { org, secret, photoId } = await restricted(app);
    await app.db.insert(reportBreakGlass).values({
      organizationId: org.organizationId,
      id: newId(),
      reportId: secret.id,
      userId: org.admin.userId,
      reason,
      createdAt: new Date(Date.now() - (breakGlassMinutes + 1) * 60_000),
      expiresAt: new Date(Date.now() - 60_000),
    });
    const detail = (await org.admin.get(`/api/reports/${secret.id}`)).json();
    expect(detail).toMatchObject({ description: null, contact: null, photos: [], contentAccess: 'hidden' });
    expect(detail.abilities).toContain('report.break_glass');
    expect((await org.admin.get(`/api/photos/${photoId}`)).statusCode).toBe(403);
  });

  it('wants a reason of at least ten characters, and answers 400 naming it', async () => {
    const app = await testApp();
    const { org, secret } = await restricted(app);
    for (const body of [{}, { reason: '' }, { reason: '   kort  ' }, { reason: 'x'.repeat(501) }]) {
      const response = await org.admin.post(`/api/reports/${secret.id}/break-glass`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['reason']);
    }
    const swedish = await org.admin.request({
      method: 'POST',
      url: `/api/reports/${secret.id}/break-glass`,
      payload: {},
      headers: { 'accept-language': 'sv' },
    });
    expect(swedish.statusCode).toBe(400);
    expect(
      await app.db.select().from(reportBreakGlass).where(eq(reportBreakGlass.reportId, secret.id)),
    ).toEqual([]);
  });

  it('is refused outside scope (404), to roles without it (403), and on a report that needs none (409)', async () => {
    const app = await testApp();
    const { org, secret } = await restricted(app);
    const elsewhere = await createArea(app, org.organizationId);
    const otherAdmin = await org.login('admin', [elsewhere.id]);
    expect((await otherAdmin.post(`/api/reports/${secret.id}/break-glass`, { reason })).statusCode).toBe(404);
    const otherSocial = await org.login('social_coordinator', [elsewhere.id]);
    expect((await otherSocial.post(`/api/reports/${secret.id}/break-glass`, { reason })).statusCode).toBe(
      403,
    );
    expect((await otherSocial.get(`/api/reports/${secret.id}`)).statusCode).toBe(404);
    const safety = await org.login('safety_coordinator');
    expect((await safety.post(`/api/reports/${secret.id}/break-glass`, { reason })).statusCode).toBe(403);
    const stranger = await reportingOrganization(app);
    expect((await stranger.admin.post(`/api/reports/${secret.id}/break-glass`, { reason })).statusCode).toBe(
      404,
    );
    const ordinary = await org.report();
    expect((await org.admin.post(`/api/reports/${ordinary.id}/break-glass`, { reason })).statusCode).toBe(
      409,
    );
    expect(
      await app.db.select().from(reportBreakGlass).where(eq(reportBreakGlass.reportId, secret.id)),
    ).toEqual([]);
  });

  it('is listed in the log review with who, which report, why, until when and how many reads', async () => {
    const app = await testApp();
    const { org, secret } = await restricted(app);
    await org.admin.post(`/api/reports/${secret.id}/break-glass`, { reason });
    await org.admin.get(`/api/reports/${secret.id}`);
    const response = await org.admin.get('/api/audit/break-glass');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual([
      {
        id: expect.any(String),
        actor: { id: org.admin.userId, displayName: 'Test admin' },
        report: { id: secret.id, trackingCode: secret.trackingCode },
        reason,
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
        reads: 2,
      },
    ]);
    expect((await (await org.login('social_coordinator')).get('/api/audit/break-glass')).statusCode).toBe(
      403,
    );
    expect(
      (await (await reportingOrganization(app)).admin.get('/api/audit/break-glass')).json().items,
    ).toEqual([]);
    const bad = await org.admin.get('/api/audit/break-glass?limit=0');
    expect(bad.statusCode).toBe(400);
  });

  it('cannot be rewritten: the database rejects UPDATE and DELETE of a grant', async () => {
    const app = await testApp();
    const { org, secret } = await restricted(app);
    await org.admin.post(`/api/reports/${secret.id}/break-glass`, { reason });
    const mine = and(
      eq(reportBreakGlass.organizationId, org.organizationId),
      eq(reportBreakGlass.reportId, secret.id),
    );
    await expect(app.db.update(reportBreakGlass).set({ reason: 'forged' }).where(mine)).rejects.toThrow();
    await expect(app.db.delete(reportBreakGlass).where(mine)).rejects.toThrow();
    expect(await app.db.select().from(reportBreakGlass).where(mine)).toHaveLength(1);
  });
});
