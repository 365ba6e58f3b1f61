import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaDetail, Overview } from '../../../common/contracts/survey-analysis';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { addTestResponses, createTestWave } from '../surveys/testing';
import type { AnalysisWave } from './context';
import { monthOfPeriod, monthPeriods } from './periods';
import { analysisOrganization, sheets } from './test-analysis';

beforeAll(async () => {
  await testApp();
});

const continuous = (startsOn: string, endsOn: string | null = null): AnalysisWave => ({
  id: '0190a000-0000-7000-8000-000000000001',
  name: 'Löpande',
  changedAfterPublicationAt: null,
  kind: 'continuous',
  year: Number(startsOn.slice(0, 4)),
  month: Number(startsOn.slice(5, 7)),
  startsOn,
  endsOn,
  areaIds: [],
});

describe('survey periods by month', () => {
  it('splits a continuous survey into its calendar months, across a new year, up to its end', () => {
    const months = monthPeriods(continuous('2025-11-15', '2026-02-10'), 'sv', new Date('2026-06-01'));
    expect(months.map((m) => m.id.slice(-7))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(months[2]).toMatchObject({ kind: 'month', year: 2026, month: 1, startsOn: '2026-01-01' });
    expect(months[2].name).toBe('Löpande, januari 2026');
    expect(monthPeriods(continuous('2026-05-01'), 'en', new Date('2026-06-20')).map((m) => m.name)).toEqual([
      'Löpande, May 2026',
      'Löpande, June 2026',
    ]);
    expect(monthOfPeriod(months[0].id)).toEqual({ waveId: continuous('2025-11-01').id, month: '2025-11-01' });
    expect(monthOfPeriod(continuous('2025-11-01').id)).toBeNull();
  });

  it('gives the area × month table of a continuous survey with month-on-month changes', async () => {
    const app = await testApp();
    const { admin, organizationId, areaA, areaB } = await analysisOrganization(app);
    const wave = await createTestWave(app, {
      organizationId,
      areaIds: [areaA, areaB],
      kind: 'continuous',
      startsOn: '2026-01-01',
    });
    const yearly = await createTestWave(app, { organizationId, areaIds: [areaA], startsOn: '2025-10-01' });
    await addTestResponses(app.db, yearly, sheets(50, 25, { areaId: areaA }));
    await addTestResponses(app.db, wave, [
      ...sheets(40, 20, { areaId: areaA }, { answeredMonth: '2026-01-01' }),
      ...sheets(40, 36, { areaId: areaA }, { answeredMonth: '2026-03-01' }),
      ...sheets(40, 20, { areaId: areaB }, { answeredMonth: '2026-03-01' }),
    ]);

    const byWave: Overview = (await admin.get('/api/survey-analysis/overview')).json();
    expect(byWave.waves.map((w) => w.kind)).toEqual(['wave', 'continuous']);

    const response = await admin.get('/api/survey-analysis/overview?by=month');
    expect(response.statusCode, response.body).toBe(200);
    const byMonth: Overview = response.json();
    // Only the continuous survey's months, the empty February included.
    expect(byMonth.waves.slice(0, 3).map((w) => [w.id, w.kind])).toEqual([
      [`${wave.id}:2026-01`, 'month'],
      [`${wave.id}:2026-02`, 'month'],
      [`${wave.id}:2026-03`, 'month'],
    ]);
    const rowA = byMonth.rows.find((row) => row.areaId === areaA);
    const cell = (id: string) => rowA?.cells.find((c) => c.waveId === id);
    expect(cell(`${wave.id}:2026-01`)?.figure).toMatchObject({ n: 40, share: 0.5 });
    expect(cell(`${wave.id}:2026-02`)?.figure.n).toBeNull();
    expect(cell(`${wave.id}:2026-03`)?.figure).toMatchObject({ n: 40, share: 0.9 });
    // March is compared with January, the previous month with answers: 50 % → 90 %.
    expect(cell(`${wave.id}:2026-03`)?.change).toMatchObject({ verdict: 'certain_increase' });
    expect(cell(`${wave.id}:2026-03`)?.change?.diff).toBeCloseTo(0.4, 12);

    const detailResponse = await admin.get(`/api/survey-analysis/areas/${areaA}?waveId=${wave.id}:2026-03`);
    expect(detailResponse.statusCode, detailResponse.body).toBe(200);
    const detail: AreaDetail = detailResponse.json();
    expect(detail.wave).toMatchObject({ id: `${wave.id}:2026-03`, kind: 'month' });
    const index = detail.measures.find((m) => m.key === 'trygghetsindex');
    expect(index?.figure).toMatchObject({ n: 40, share: 0.9 });
    expect(index?.series.filter((p) => p.figure.n !== null).map((p) => p.waveId)).toEqual([
      `${wave.id}:2026-01`,
      `${wave.id}:2026-03`,
    ]);

    const compare = await admin.get(
      `/api/survey-analysis/compare?areaIds=${areaA},${areaB}&waveId=${wave.id}:2026-03`,
    );
    expect(compare.statusCode, compare.body).toBe(200);
    expect(compare.json().rows.map((r: { figure: { n: number } }) => r.figure.n)).toEqual([40, 40]);
    const map = await admin.get(`/api/survey-analysis/map?waveId=${wave.id}:2026-01`);
    expect(map.statusCode, map.body).toBe(200);
    const pdf = await admin.get(`/api/survey-analysis/areas/${areaA}/report.pdf?waveId=${wave.id}:2026-03`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    const workbook = await admin.get(`/api/survey-analysis/export.xlsx?waveId=${wave.id}:2026-03`);
    expect(workbook.statusCode, workbook.body.slice(0, 200)).toBe(200);
  });

  it('refuses a malformed period and does not know months outside a survey or of another organization', async () => {
    const app = await testApp();
    const { admin, organizationId, areaA } = await analysisOrganization(app);
    const wave = await createTestWave(app, { organizationId, areaIds: [areaA], kind: 'continuous' });
    const other = await loginAs(app, 'admin');
    const bad = await admin.get(`/api/survey-analysis/compare?areaIds=${areaA}&waveId=${wave.id}:2026-13`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields?.map((f: { field: string }) => f.field) ?? bad.body).toContain('waveId');
    const unknownBy = await admin.get('/api/survey-analysis/overview?by=week');
    expect(unknownBy.statusCode).toBe(400);
    expect(
      (await admin.get(`/api/survey-analysis/areas/${areaA}?waveId=${wave.id}:2019-01`)).statusCode,
    ).toBe(404);
    expect(
      (await other.get(`/api/survey-analysis/compare?areaIds=${areaA}&waveId=${wave.id}:2026-10`)).statusCode,
    ).toBe(404);
  });

  it('opens an area on its latest wave with answers, not on a newer continuous survey without any', async () => {
    const app = await testApp();
    const { admin, organizationId, areaA } = await analysisOrganization(app);
    const yearly = await createTestWave(app, { organizationId, areaIds: [areaA], startsOn: '2025-10-01' });
    await addTestResponses(app.db, yearly, sheets(20, 10, { areaId: areaA }));
    await createTestWave(app, {
      organizationId,
      areaIds: [areaA],
      kind: 'continuous',
      startsOn: '2026-01-01',
    });
    const detail: AreaDetail = (await admin.get(`/api/survey-analysis/areas/${areaA}`)).json();
    expect(detail.wave?.id).toBe(yearly.id);
    expect(detail.waves.map((w) => w.kind)).toEqual(['wave', 'continuous']);
  });
});
