import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, entrances, surveyCodes } from '../../db/schema';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createPlaces, organizationWithPlaces } from '../places/test-places';
import { tenantClient } from '../public-reports/test-public';
import { addTestApartments, createTestWave, pdfPageCount } from './testing';

// The worker's database starts (and migrates) once; that is not part of any test's time.
beforeAll(() => testApp());

async function scene() {
  const app = await testApp();
  const places = await organizationWithPlaces(app);
  await addTestApartments(places.admin, places.entranceId, 2);
  const wave = await createTestWave(app, {
    organizationId: places.admin.organizationId,
    areaIds: [places.areaId],
  });
  const codesOf = () =>
    app.db
      .select()
      .from(surveyCodes)
      .where(and(eq(surveyCodes.organizationId, wave.organizationId), eq(surveyCodes.waveId, wave.id)));
  return { app, ...places, wave, codesOf, letters: `/api/survey-waves/${wave.id}/letters` };
}

describe('survey letters', () => {
  it('prints one A4 letter per household without a code, storing only the codes’ hashes', async () => {
    const { app, admin, wave, codesOf, letters, apartmentId } = await scene();
    const response = await admin.post(letters, {});
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(3);
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    // Each letter links (and prints) the organization's privacy notice.
    expect(pdf.toString('latin1')).toContain(`/privacy/org-${admin.organizationId}`);
    const codes = await codesOf();
    expect(codes).toHaveLength(3);
    expect(codes.map((code) => code.apartmentId)).toContain(apartmentId);
    for (const code of codes) {
      expect(code.codeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(code).toMatchObject({ usedOn: null, inviteEmail: null, waveId: wave.id });
    }
    const [audit] = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, admin.organizationId), eq(auditLog.action, 'print_letters')));
    expect(audit.after).toMatchObject({ letters: 3, reissued: 0 });
    // The audit row holds counts and scope, never a code or its hash.
    const logged = JSON.stringify(audit.after);
    for (const code of codes) expect(logged).not.toContain(code.codeHash);
    expect(Object.keys(audit.after as object).sort()).toEqual([
      'areaIds',
      'buildingIds',
      'letters',
      'reissued',
    ]);
  });

  it('prints only new households next time, and says so when there is nothing to print', async () => {
    const { admin, entranceId, codesOf, letters } = await scene();
    await admin.post(letters, {});
    const again = await admin.post(letters, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.issues[0].path).toBe('reissueUnused');
    await addTestApartments(admin, entranceId, 1);
    const next = await admin.post(letters, {});
    expect(pdfPageCount(next.rawPayload)).toBe(1);
    expect(await codesOf()).toHaveLength(4);
  });

  it('reissues unused codes in the chosen building and keeps used ones', async () => {
    const { app, admin, buildingId, codesOf, letters } = await scene();
    await admin.post(letters, {});
    const [used, ...unused] = await codesOf();
    await app.db
      .update(surveyCodes)
      .set({ usedOn: '2026-10-05' })
      .where(and(eq(surveyCodes.organizationId, used.organizationId), eq(surveyCodes.id, used.id)));
    const response = await admin.post(letters, { buildingIds: [buildingId], reissueUnused: true });
    expect(response.statusCode, response.body).toBe(200);
    expect(pdfPageCount(response.rawPayload)).toBe(2);
    const after = await codesOf();
    expect(after).toHaveLength(3);
    const hashes = after.map((code) => code.codeHash);
    expect(hashes).toContain(used.codeHash);
    for (const old of unused) expect(hashes).not.toContain(old.codeHash);
  });

  it('names the field of a bad scope and refuses closed waves, strangers and non-managers', async () => {
    const { app, admin, wave, letters } = await scene();
    const other = await organizationWithPlaces(app);
    const outside = await createPlaces(admin);
    const cases: [object, string][] = [
      [{ buildingIds: [other.buildingId] }, 'buildingIds.0'],
      [{ buildingIds: [outside.buildingId] }, 'buildingIds.0'],
      [{ areaIds: [outside.areaId] }, 'areaIds.0'],
      [{ areaIds: ['not-a-uuid'] }, 'areaIds.0'],
      [{ reissueUnused: 'yes' }, 'reissueUnused'],
    ];
    for (const [body, path] of cases) {
      const response = await admin.post(letters, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.issues[0].path).toBe(path);
    }
    expect((await other.admin.post(letters, {})).statusCode).toBe(404);
    const viewer = await loginAs(app, 'viewer', { organizationId: admin.organizationId });
    expect((await viewer.post(letters, {})).statusCode).toBe(403);
    await admin.patch(`/api/survey-waves/${wave.id}`, { status: 'closed' });
    expect((await admin.post(letters, {})).statusCode).toBe(409);
  });
});

describe('open links', () => {
  it('gives the open link of every entrance in the wave’s areas', async () => {
    const { app, admin, wave, entranceId, areaId } = await scene();
    const response = await admin.get(`/api/survey-waves/${wave.id}/open-links`);
    expect(response.statusCode, response.body).toBe(200);
    const [link] = response.json().items;
    expect(link).toMatchObject({ entranceId, buildingAddress: 'Storgatan 1 · A' });
    expect(link.url).toMatch(/^\/s\/open\/[A-Za-z0-9_-]{22}$/);
    expect(response.json().items).toHaveLength(1);
    // The same notice can be printed again: listing again gives the same link.
    expect((await admin.get(`/api/survey-waves/${wave.id}/open-links`)).json().items[0].url).toBe(link.url);
    // Its token is the link's own, not the entrance's public one, and another wave gets another.
    const [entrance] = await app.db.select().from(entrances).where(eq(entrances.id, entranceId));
    expect(link.url).not.toContain(entrance?.publicToken);
    const next = await createTestWave(app, { organizationId: admin.organizationId, areaIds: [areaId] });
    const nextLink = (await admin.get(`/api/survey-waves/${next.id}/open-links`)).json().items[0];
    expect(nextLink.url).not.toBe(link.url);
    // The printed token opens the stairwell's survey.
    const form = await tenantClient(app).get(`/api/public/surveys/open/${link.url.split('/').at(-1)}`);
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json()).toMatchObject({ channel: 'open_link', place: { buildingAddress: 'Storgatan 1' } });
    const stranger = (await organizationWithPlaces(app)).admin;
    expect((await stranger.get(`/api/survey-waves/${wave.id}/open-links`)).statusCode).toBe(404);
    const manager = await loginAs(app, 'area_manager', {
      organizationId: admin.organizationId,
      areaIds: [areaId],
    });
    expect((await manager.get(`/api/survey-waves/${wave.id}/open-links`)).statusCode).toBe(403);
  });
});
