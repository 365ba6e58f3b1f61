import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaDetail, Overview } from '../../../common/contracts/survey-analysis';
import { testApp } from '../../testing/test-app';
import { addTestResponses, createTestWave, type TestSheet } from '../surveys/testing';
import { analysisOrganization } from './test-analysis';

beforeAll(() => testApp());

/**
 * 40 sheets in area A: safety_stairwell 30 positive of 40; clean_tidy 10 positive of 30 answered
 * (10 "vet ej"); the own scale question safety_parking 20 positive of 40.
 */
function knownSheets(areaId: string): TestSheet[] {
  return Array.from({ length: 40 }, (_, i) => ({
    areaId,
    answers: {
      safety_stairwell: i < 30 ? (i % 2 === 0 ? 1 : 2) : 4,
      clean_tidy: i < 10 ? 2 : i < 30 ? 3 : 'dont_know',
      safety_parking: i < 20 ? 1 : 3,
    },
  }));
}

async function organizationWithOwnIndex() {
  const app = await testApp();
  const org = await analysisOrganization(app);
  const question = await org.admin.post('/api/survey-questions', {
    key: 'safety_parking',
    kind: 'scale',
    section: 'personal_safety',
    prompt: { sv: 'Hur trygg känner du dig på parkeringen?' },
    label: { sv: 'Parkeringen' },
  });
  expect(question.statusCode, question.body).toBe(201);
  const index = await org.admin.post('/api/survey-indexes', {
    key: 'eget_index',
    label: { sv: 'Eget index', en: 'Own index' },
    itemKeys: ['safety_stairwell', 'clean_tidy', 'safety_parking'],
  });
  expect(index.statusCode, index.body).toBe(201);
  const wave = await createTestWave(app, { organizationId: org.organizationId, areaIds: [org.areaA] });
  await addTestResponses(app.db, wave, knownSheets(org.areaA));
  return { app, ...org, wave };
}

// The mean over the items of each item's positive share, "vet ej" left out of its base.
const expectedShare = (30 / 40 + 10 / 30 + 20 / 40) / 3;

describe('own indexes in the analysis', () => {
  it('is a measure of the overview, area page, comparison, map, signals, targets and export', async () => {
    const { admin, areaA, wave } = await organizationWithOwnIndex();
    const overviewResponse = await admin.get('/api/survey-analysis/overview?measure=eget_index');
    expect(overviewResponse.statusCode, overviewResponse.body).toBe(200);
    const overview: Overview = overviewResponse.json();
    expect(overview.label).toBe('Own index');
    const cell = overview.rows.find((row) => row.areaId === areaA)?.cells[0];
    expect(cell?.figure.share).toBeCloseTo(expectedShare, 12);
    expect(cell?.figure.visibility).toBe('shown');
    expect(overview.organization.cells[0].figure.share).toBeCloseTo(expectedShare, 12);

    const detail: AreaDetail = (
      await admin.get(`/api/survey-analysis/areas/${areaA}?measure=eget_index`)
    ).json();
    expect(detail.measure).toBe('eget_index');
    // Indexes first (default, then own), then the items.
    expect(detail.measures.slice(0, 3).map((m) => [m.key, m.kind])).toEqual([
      ['trygghetsindex', 'index'],
      ['miljoindex', 'index'],
      ['eget_index', 'index'],
    ]);
    expect(detail.measures[2].figure.share).toBeCloseTo(expectedShare, 12);

    const compare = await admin.get(`/api/survey-analysis/compare?areaIds=${areaA}&measure=eget_index`);
    expect(compare.statusCode, compare.body).toBe(200);
    expect(compare.json().rows[0].figure.share).toBeCloseTo(expectedShare, 12);
    const map = await admin.get(`/api/survey-analysis/map?waveId=${wave.id}&measure=eget_index`);
    expect(map.statusCode, map.body).toBe(200);
    expect(map.json().features[0].properties.share).toBeCloseTo(expectedShare, 12);
    expect((await admin.get('/api/survey-analysis/signals')).statusCode).toBe(200);

    const target = await admin.request({
      method: 'PUT',
      url: '/api/survey-targets',
      payload: { areaId: areaA, year: 2026, measureKey: 'eget_index', share: 0.6 },
    });
    expect(target.statusCode, target.body).toBe(200);
    const withTarget: Overview = (await admin.get('/api/survey-analysis/overview?measure=eget_index')).json();
    expect(withTarget.rows.find((row) => row.areaId === areaA)?.target).toEqual({ year: 2026, share: 0.6 });

    const workbook = await admin.get('/api/survey-analysis/export.xlsx');
    expect(workbook.statusCode).toBe(200);
  });

  it('is no longer offered once archived, and the target set on it does not break anything', async () => {
    const { admin, areaA } = await organizationWithOwnIndex();
    const target = await admin.request({
      method: 'PUT',
      url: '/api/survey-targets',
      payload: { areaId: areaA, year: 2026, measureKey: 'eget_index', share: 0.6 },
    });
    expect(target.statusCode, target.body).toBe(200);
    expect((await admin.delete('/api/survey-indexes/eget_index')).statusCode).toBe(204);

    const overview = await admin.get('/api/survey-analysis/overview?measure=eget_index');
    expect(overview.statusCode).toBe(400);
    expect(overview.json().error.issues[0].path).toBe('measure');
    const detail = await admin.get(`/api/survey-analysis/areas/${areaA}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect((detail.json() as AreaDetail).measures.map((m) => m.key)).not.toContain('eget_index');
    const targets = await admin.get(`/api/survey-targets?areaId=${areaA}`);
    expect(targets.statusCode).toBe(200);
    expect(targets.json().items.map((t: { measureKey: string }) => t.measureKey)).toEqual(['eget_index']);
    expect((await admin.get('/api/survey-analysis/signals')).statusCode).toBe(200);
    expect((await admin.get('/api/survey-analysis/export.xlsx')).statusCode).toBe(200);
    const again = await admin.request({
      method: 'PUT',
      url: '/api/survey-targets',
      payload: { areaId: areaA, year: 2027, measureKey: 'eget_index', share: 0.6 },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.issues[0].path).toBe('measureKey');
  });

  it('is never benchmarked: companies compare like with like on the default indexes', async () => {
    const { admin } = await organizationWithOwnIndex();
    const own = await admin.get('/api/survey-analysis/benchmark?measure=eget_index&year=2026');
    expect(own.statusCode).toBe(400);
    expect(own.json().error.issues[0]).toMatchObject({
      path: 'measure',
      message: expect.stringMatching(/own indexes are not compared/),
    });
    expect(
      (await admin.get('/api/survey-analysis/benchmark?measure=trygghetsindex&year=2026')).statusCode,
    ).toBe(200);
    // Another organization does not know the index at all.
    const other = await analysisOrganization(await testApp());
    const foreign = await other.admin.get('/api/survey-analysis/overview?measure=eget_index');
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.issues[0].path).toBe('measure');
  });
});
