import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaDetail, Overview } from '../../../common/contracts/survey-analysis';
import { clientFor, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { addTestResponses, createTestWave } from '../surveys/testing';
import { areaReportData } from './area-report-data';
import { suppressedFigure } from './figures';
import { analysisOrganization, sheets, testBuilding, testEntrance } from './test-analysis';

// Starting the shared app (and migrating PGlite) can take longer than one test may.
beforeAll(async () => {
  await testApp();
});

describe('survey analysis: suppression', () => {
  it('hides a building with 3 answers and the sibling that would reveal it by subtraction', async () => {
    const app = await testApp();
    const { admin, organizationId, areaA } = await analysisOrganization(app);
    const [big, tiny, small] = await Promise.all(
      ['Storgatan 1', 'Storgatan 3', 'Storgatan 5'].map((address) =>
        testBuilding(app, organizationId, areaA, address),
      ),
    );
    const wave = await createTestWave(app, { organizationId, areaIds: [areaA] });
    await addTestResponses(app.db, wave, [
      ...sheets(40, 30, { areaId: areaA, buildingId: big }),
      ...sheets(3, 1, { areaId: areaA, buildingId: tiny }),
      ...sheets(20, 10, { areaId: areaA, buildingId: small }),
    ]);
    const response = await admin.get(`/api/survey-analysis/areas/${areaA}`);
    expect(response.statusCode, response.body).toBe(200);
    const detail: AreaDetail = response.json();
    const byAddress = Object.fromEntries(detail.buildings.map((b) => [b.address, b.figure]));
    expect(byAddress['Storgatan 1']).toMatchObject({ visibility: 'shown', n: 40, share: 0.75 });
    // 3 answers: never shown; 20 answers: would be 63 − 40 − 20 = 3 by subtraction, so hidden too.
    for (const address of ['Storgatan 3', 'Storgatan 5']) {
      expect(byAddress[address]).toEqual(suppressedFigure);
    }
    const index = detail.measures.find((m) => m.key === 'trygghetsindex');
    expect(index?.figure).toMatchObject({ n: 63, visibility: 'shown' });
    expect(index?.figure.share).toBeCloseTo(41 / 63, 12);
  });

  it('flags fewer than 30 answers as uncertain and suppresses entrances within their building', async () => {
    const app = await testApp();
    const { admin, organizationId, areaA, areaB } = await analysisOrganization(app);
    const building = await testBuilding(app, organizationId, areaB, 'Lillgatan 2');
    const [e1, e2] = await Promise.all(
      ['A', 'B'].map((label) => testEntrance(app, organizationId, building, label)),
    );
    const wave = await createTestWave(app, { organizationId, areaIds: [areaA, areaB] });
    await addTestResponses(app.db, wave, [
      ...sheets(60, 40, { areaId: areaA }),
      ...sheets(20, 10, { areaId: areaB, buildingId: building }),
    ]);
    // 16 answers at entrance A, 4 at B: B is too few, and A would reveal it (20 − 16).
    await app.db.execute(sql`
      update survey_responses set entrance_id = case when id in (
        select id from survey_responses where wave_id = ${wave.id} and building_id = ${building} order by id limit 16)
        then ${e1}::uuid else ${e2}::uuid end
      where organization_id = ${organizationId} and wave_id = ${wave.id} and building_id = ${building}`);
    const overview: Overview = (await admin.get('/api/survey-analysis/overview')).json();
    const rowB = overview.rows.find((row) => row.areaId === areaB);
    expect(rowB?.cells[0].figure).toMatchObject({ visibility: 'uncertain', n: 20, share: 0.5 });
    expect(overview.rows.find((row) => row.areaId === areaA)?.cells[0].figure.visibility).toBe('shown');
    expect(overview.organization.cells[0].figure).toMatchObject({ n: 80, visibility: 'shown' });

    const detail: AreaDetail = (await admin.get(`/api/survey-analysis/areas/${areaB}`)).json();
    expect(detail.buildings[0].figure).toMatchObject({ visibility: 'uncertain', n: 20 });
    expect(detail.entrances.map((e) => [e.label, e.figure.visibility])).toEqual([
      ['A', 'suppressed'],
      ['B', 'suppressed'],
    ]);
  });

  it('breaks an area down by background with the same suppression', async () => {
    const app = await testApp();
    const { admin, organizationId, areaA } = await analysisOrganization(app);
    const wave = await createTestWave(app, { organizationId, areaIds: [areaA] });
    await addTestResponses(app.db, wave, [
      ...sheets(30, 20, { areaId: areaA }, { gender: 'woman', ageGroup: 'age_70_plus' }),
      ...sheets(25, 10, { areaId: areaA }, { gender: 'man', ageGroup: 'age_25_39' }),
      ...sheets(2, 1, { areaId: areaA }, { gender: 'other_or_undisclosed', ageGroup: 'age_25_39' }),
    ]);
    const detail: AreaDetail = (await admin.get(`/api/survey-analysis/areas/${areaA}`)).json();
    const gender = detail.breakdowns.find((b) => b.group === 'gender');
    const visibility = Object.fromEntries(gender?.parts.map((p) => [p.key, p.figure.visibility]) ?? []);
    // 2 "other" are too few; the 25 men would reveal them (57 − 30 − 25), so they are hidden too.
    expect(visibility).toEqual({ woman: 'shown', man: 'suppressed', other_or_undisclosed: 'suppressed' });
    const age = detail.breakdowns.find((b) => b.group === 'age');
    expect(age?.parts.find((p) => p.key === 'age_70_plus')?.figure).toMatchObject({
      n: 30,
      visibility: 'shown',
    });
    expect(age?.parts.find((p) => p.key === 'age_25_39')?.figure).toMatchObject({ n: 27 });
    expect(age?.label).toBe('Age group');
  });
});

describe('survey analysis: changes, signals and targets', () => {
  async function twoWaves() {
    const app = await testApp();
    const org = await analysisOrganization(app);
    const { organizationId, areaA, areaB } = org;
    const first = await createTestWave(app, {
      organizationId,
      areaIds: [areaA, areaB],
      startsOn: '2025-10-01',
      name: '2025',
    });
    const second = await createTestWave(app, {
      organizationId,
      areaIds: [areaA, areaB],
      startsOn: '2026-10-01',
      name: '2026',
    });
    await addTestResponses(app.db, first, [
      ...sheets(100, 80, { areaId: areaA }),
      ...sheets(100, 50, { areaId: areaB }),
    ]);
    await addTestResponses(app.db, second, [
      ...sheets(100, 50, { areaId: areaA }),
      ...sheets(100, 54, { areaId: areaB }),
    ]);
    return { app, ...org, first, second };
  }

  it('calls 80 % → 50 % a certain decrease in the request language, and 50 % → 54 % no certain change', async () => {
    const { app, organizationId, areaA, areaB, first, second } = await twoWaves();
    const user = await createUser(app, { organizationId, role: 'safety_coordinator', locale: 'sv' });
    const coordinator = await clientFor(app, user.id, organizationId);
    const overview: Overview = (await coordinator.get('/api/survey-analysis/overview')).json();
    expect(overview.waves.map((w) => [w.id, w.year, w.month])).toEqual([
      [first.id, 2025, 10],
      [second.id, 2026, 10],
    ]);
    const rowA = overview.rows.find((row) => row.areaId === areaA);
    expect(rowA?.cells[0].change).toBeNull();
    expect(rowA?.cells[1].change).toMatchObject({ verdict: 'certain_decrease', words: 'säker minskning' });
    expect(rowA?.cells[1].change?.diff).toBeCloseTo(-0.3, 12);
    expect(rowA?.trend).toBe('negative');
    const rowB = overview.rows.find((row) => row.areaId === areaB);
    expect(rowB?.cells[1].change).toMatchObject({
      verdict: 'no_certain_change',
      words: 'ingen säker förändring',
    });
    expect(rowB?.trend).toBeNull();

    const signals = (await coordinator.get('/api/survey-analysis/signals')).json().items;
    expect(signals.map((s: { areaId: string; measureKey: string }) => [s.areaId, s.measureKey])).toEqual(
      expect.arrayContaining([
        [areaA, 'trygghetsindex'],
        [areaA, 'safety_stairwell'],
      ]),
    );
    expect(signals.some((s: { areaId: string }) => s.areaId === areaB)).toBe(false);
    expect(signals[0]).toMatchObject({ waveId: second.id, change: { verdict: 'certain_decrease' } });

    const detail: AreaDetail = (
      await coordinator.get(`/api/survey-analysis/areas/${areaA}?waveId=${first.id}`)
    ).json();
    expect(detail.wave?.id).toBe(first.id);
    expect(detail.measures[0].series.map((p) => p.figure.share)).toEqual([0.8, 0.5]);
    expect(detail.signals).toEqual([]);
    const latest: AreaDetail = (await coordinator.get(`/api/survey-analysis/areas/${areaA}`)).json();
    expect(latest.signals.map((s) => s.measureKey)).toContain('trygghetsindex');
  });

  it('sets targets (managers only) and shows progress towards the target of the wave’s year', async () => {
    const { app, admin, organizationId, areaA, areaB } = await twoWaves();
    const put = (client: typeof admin, payload: object) =>
      client.request({ method: 'PUT', url: '/api/survey-targets', payload });
    const set = await put(admin, { areaId: areaA, year: 2026, measureKey: 'trygghetsindex', share: 0.78 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ areaId: areaA, year: 2026, share: 0.78 });
    // A second PUT replaces the target.
    expect(
      (await put(admin, { areaId: areaA, year: 2026, measureKey: 'trygghetsindex', share: 0.625 }))
        .statusCode,
    ).toBe(200);
    const list = (await admin.get(`/api/survey-targets?areaId=${areaA}`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ share: 0.625, measureKey: 'trygghetsindex' });

    const overview: Overview = (await admin.get('/api/survey-analysis/overview')).json();
    const rowA = overview.rows.find((row) => row.areaId === areaA);
    expect(rowA?.target).toEqual({ year: 2026, share: 0.625 });
    expect(rowA?.progress).toBeCloseTo(0.5 / 0.625, 12);
    expect(overview.rows.find((row) => row.areaId === areaB)?.target).toBeNull();

    const bad = await put(admin, { areaId: areaA, year: 2026, measureKey: 'no_such_question', share: 0.5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('measureKey');
    const viewer = await loginAs(app, 'viewer', { organizationId });
    expect(
      (await put(viewer, { areaId: areaA, year: 2026, measureKey: 'trygghetsindex', share: 0.5 })).statusCode,
    ).toBe(403);
    const stranger = await loginAs(app, 'admin');
    const foreign = await put(stranger, {
      areaId: areaA,
      year: 2026,
      measureKey: 'trygghetsindex',
      share: 0.5,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.issues[0].path).toBe('areaId');
    expect((await admin.get('/api/survey-analysis/overview?measure=nonsense')).statusCode).toBe(400);
  });
});

describe('survey analysis: scope and tenancy', () => {
  it('shows an area manager only their areas: 404 on another area, in detail and compare', async () => {
    const app = await testApp();
    const { organizationId, areaA, areaB } = await analysisOrganization(app);
    const wave = await createTestWave(app, { organizationId, areaIds: [areaA, areaB] });
    await addTestResponses(app.db, wave, [
      ...sheets(40, 20, { areaId: areaA }),
      ...sheets(40, 30, { areaId: areaB }),
    ]);
    const manager = await loginAs(app, 'area_manager', { organizationId, areaIds: [areaA] });
    const overview: Overview = (await manager.get('/api/survey-analysis/overview')).json();
    expect(overview.rows.map((row) => row.areaId)).toEqual([areaA]);
    expect((await manager.get(`/api/survey-analysis/areas/${areaA}`)).statusCode).toBe(200);
    expect((await manager.get(`/api/survey-analysis/areas/${areaB}`)).statusCode).toBe(404);
    expect((await manager.get(`/api/survey-analysis/compare?areaIds=${areaA},${areaB}`)).statusCode).toBe(
      404,
    );
    const compare = await manager.get(`/api/survey-analysis/compare?areaIds=${areaA}&waveId=${wave.id}`);
    expect(compare.json().rows).toMatchObject([{ areaId: areaA, figure: { n: 40, share: 0.5 } }]);
    const map = (await manager.get('/api/survey-analysis/map')).json();
    expect(map.features.map((f: { properties: { areaId: string } }) => f.properties.areaId)).toEqual([areaA]);
    expect(map.features[0].properties).toMatchObject({ share: 0.5, n: 40, visibility: 'shown' });
    expect(map.features[0].geometry.type).toBe('Polygon');
    const signals = (await manager.get('/api/survey-analysis/signals')).json();
    expect(signals.items).toEqual([]);
    // Field staff read no survey figures at all.
    const field = await loginAs(app, 'field_staff', { organizationId });
    expect((await field.get('/api/survey-analysis/overview')).statusCode).toBe(403);
  });

  it("answers 404 for another organization's area and wave", async () => {
    const app = await testApp();
    const owner = await analysisOrganization(app);
    const wave = await createTestWave(app, { organizationId: owner.organizationId, areaIds: [owner.areaA] });
    await addTestResponses(app.db, wave, sheets(10, 5, { areaId: owner.areaA }));
    const stranger = await loginAs(app, 'admin');
    expect((await stranger.get(`/api/survey-analysis/areas/${owner.areaA}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/survey-analysis/compare?areaIds=${owner.areaA}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/survey-analysis/map?waveId=${wave.id}`)).statusCode).toBe(404);
    const strangerOverview: Overview = (await stranger.get('/api/survey-analysis/overview')).json();
    expect(strangerOverview).toMatchObject({ waves: [], rows: [] });
    // With an area of their own, the stranger's detail still cannot take the owner's wave.
    const ownArea = (await stranger.post('/api/areas', { name: 'Egen', code: 'EGEN' })).json().id;
    expect((await stranger.get(`/api/survey-analysis/areas/${ownArea}?waveId=${wave.id}`)).statusCode).toBe(
      404,
    );
  });
});

describe('survey analysis: area report data', () => {
  it('gathers the area page, the index row and the response rate for one area and wave', async () => {
    const app = await testApp();
    const { admin, organizationId, areaA } = await analysisOrganization(app);
    const wave = await createTestWave(app, { organizationId, areaIds: [areaA] });
    await addTestResponses(app.db, wave, sheets(40, 30, { areaId: areaA }));
    const actor = {
      userId: admin.userId,
      email: 'a@example.org',
      displayName: 'A',
      locale: 'en',
      organizationId,
      grants: [{ role: 'admin' as const, areas: 'all' as const }],
    };
    const data = await areaReportData({ db: app.db, actor, locale: 'en' }, areaA);
    expect(data.detail.wave?.id).toBe(wave.id);
    expect(data.indexRow?.cells[0].figure).toMatchObject({ share: 0.75, n: 40 });
    expect(data.responseRate).toEqual({ codesIssued: 0, codesUsed: 0, responses: 40, rate: null });
    expect(data.method).toEqual({ minimumCellSize: 5, uncertainBelow: 30, confidence: 0.95 });
  });
});
