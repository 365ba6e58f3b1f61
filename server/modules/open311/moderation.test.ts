import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, reportCategories, reportPublicSummaries } from '../../db/schema';
import { type Client, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createReport } from '../reports/testing';
import { clientIp, open311Organization } from './test-open311';

const put = (client: Client, url: string, payload: InjectOptions['payload']) =>
  client.request({ method: 'PUT', url, payload });

async function setup() {
  const app = await testApp();
  const org = await open311Organization(app);
  const organizationId = org.admin.organizationId;
  const coordinator = await loginAs(app, 'safety_coordinator', { organizationId });
  const report = await createReport(app, {
    organizationId,
    areaId: org.areaId,
    description: 'Ahmed in 1102 broke the lamp again',
    lat: 59.210_437,
    lon: 17.951_283,
  });
  const publicRead = async () => {
    const answer = await app.inject({
      url: `/api/open311/v2/requests/${report.id}.json?jurisdiction_id=${org.slug}`,
      remoteAddress: clientIp(),
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.body).not.toContain('Ahmed');
    return answer.json()[0] as { description: string; lat: number; long: number };
  };
  const summaryUrl = `/api/reports/${report.id}/public-summary`;
  return { app, org, organizationId, coordinator, report, publicRead, summaryUrl };
}

describe('Open311 publication with moderation', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('is off by default, and only admins turn it on (audited)', async () => {
    const { app, org, organizationId, coordinator, summaryUrl } = await setup();
    expect((await coordinator.get('/api/open311-publication')).json()).toEqual({ publishSummaries: false });
    const view = await coordinator.get(summaryUrl);
    expect(view.json()).toEqual({
      publishSummaries: false,
      eligible: true,
      canModerate: true,
      summary: null,
    });
    const refused = await put(coordinator, summaryUrl, { text: 'A broken lamp by the bike shed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0].path).toBe('text');

    expect((await put(coordinator, '/api/open311-publication', { publishSummaries: true })).statusCode).toBe(
      403,
    );
    const on = await put(org.admin, '/api/open311-publication', { publishSummaries: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toEqual({ publishSummaries: true });
    const bad = await put(org.admin, '/api/open311-publication', { publishSummaries: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('publishSummaries');
    const [entry] = await app.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.organizationId, organizationId), eq(auditLog.entityType, 'open311_publication')),
      );
    expect(entry).toMatchObject({ before: { publishSummaries: false }, after: { publishSummaries: true } });
  });

  it('publishes only an approved summary, records who approved when, and withdraws it', async () => {
    const { app, org, organizationId, coordinator, report, publicRead, summaryUrl } = await setup();
    await put(org.admin, '/api/open311-publication', { publishSummaries: true });
    const before = await publicRead();
    expect(before.description).toBe('');

    const approved = await put(coordinator, summaryUrl, { text: '  A broken lamp by the bike shed ' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      publishSummaries: true,
      canModerate: true,
      summary: {
        text: 'A broken lamp by the bike shed',
        approvedAt: expect.any(String),
        approvedByName: 'Test safety_coordinator',
      },
    });
    const [row] = await app.db
      .select()
      .from(reportPublicSummaries)
      .where(eq(reportPublicSummaries.reportId, report.id));
    expect(row?.approvedBy).toBe(coordinator.userId);

    const published = await publicRead();
    expect(published.description).toBe('A broken lamp by the bike shed');
    // The point stays as coarse as without a summary.
    expect(published.lat).toBe(before.lat);
    expect(published.long).toBe(before.long);

    // Turning publication off hides it at once (still stored, still withdrawable); on again shows it.
    await put(org.admin, '/api/open311-publication', { publishSummaries: false });
    expect((await publicRead()).description).toBe('');
    expect((await coordinator.get(summaryUrl)).json()).toMatchObject({
      publishSummaries: false,
      canModerate: true,
      summary: { text: 'A broken lamp by the bike shed' },
    });
    await put(org.admin, '/api/open311-publication', { publishSummaries: true });
    expect((await publicRead()).description).toBe('A broken lamp by the bike shed');

    const withdrawn = await coordinator.delete(summaryUrl);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().summary).toBeNull();
    expect((await publicRead()).description).toBe('');
    expect((await coordinator.delete(summaryUrl)).statusCode).toBe(200);

    const entries = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, organizationId), eq(auditLog.entityId, report.id)));
    expect(entries.map((e) => e.action).sort()).toEqual([
      'approve_public_summary',
      'withdraw_public_summary',
    ]);
    // Who and when, never the text.
    expect(JSON.stringify(entries)).not.toContain('lamp');
  });

  it('never publishes restricted reports, nor a category made restricted after approval', async () => {
    const { app, org, organizationId, coordinator, report, summaryUrl } = await setup();
    await put(org.admin, '/api/open311-publication', { publishSummaries: true });
    const neighbour = await createReport(app, {
      organizationId,
      areaId: org.areaId,
      categoryKey: 'disturbance',
    });
    const restrictedUrl = `/api/reports/${neighbour.id}/public-summary`;
    expect((await org.admin.get(restrictedUrl)).json()).toMatchObject({
      eligible: false,
      canModerate: false,
    });
    const refused = await put(org.admin, restrictedUrl, { text: 'Noise' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.issues[0].path).toBe('text');
    // The coordinator does not see restricted reports at all.
    expect((await put(coordinator, restrictedUrl, { text: 'Noise' })).statusCode).toBe(404);

    expect((await put(coordinator, summaryUrl, { text: 'A broken lamp' })).statusCode).toBe(200);
    await app.db
      .update(reportCategories)
      .set({ restricted: true })
      .where(
        and(eq(reportCategories.organizationId, organizationId), eq(reportCategories.id, report.categoryId)),
      );
    const list = await app.inject({
      url: `/api/open311/v2/requests.json?jurisdiction_id=${org.slug}`,
      remoteAddress: clientIp(),
    });
    expect(list.body).not.toContain('A broken lamp');
    expect(list.json()).toEqual([]);
  });

  it('refuses bad input naming the field, other roles and other organizations', async () => {
    const { app, org, organizationId, coordinator, summaryUrl } = await setup();
    await put(org.admin, '/api/open311-publication', { publishSummaries: true });
    for (const body of [{ text: '   ' }, { text: 'x'.repeat(301) }, {}]) {
      const answer = await put(coordinator, summaryUrl, body);
      expect(answer.statusCode, JSON.stringify(body)).toBe(400);
      expect(answer.json().error.issues[0].path).toBe('text');
    }
    const unknownField = await put(coordinator, summaryUrl, { text: 'ok', approvedBy: 'me' });
    expect(unknownField.statusCode).toBe(400);
    expect(JSON.stringify(unknownField.json())).toContain('approvedBy');
    const badId = await put(coordinator, '/api/reports/not-an-id/public-summary', { text: 'ok' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.issues[0].path).toBe('params.id');

    const fieldStaff = await loginAs(app, 'field_staff', { organizationId });
    expect((await fieldStaff.get(summaryUrl)).json().canModerate).toBe(false);
    expect((await put(fieldStaff, summaryUrl, { text: 'ok' })).statusCode).toBe(403);
    expect((await fieldStaff.delete(summaryUrl)).statusCode).toBe(403);
    const stranger = await loginAs(app, 'admin');
    expect((await put(stranger, summaryUrl, { text: 'ok' })).statusCode).toBe(404);
    expect((await stranger.get(summaryUrl)).statusCode).toBe(404);
  });
});
