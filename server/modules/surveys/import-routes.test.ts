import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createArea, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { rows, surveySetup } from '../public-surveys/test-surveys';
import { toCsv, utf8, windows1252 } from './import/test-csv';
import { rollupsFromAnswers } from './rollups';
import { importForm } from './test-import';

beforeAll(async () => {
  await testApp();
});

const header = [
  'Område',
  'Hus',
  'Uppgång',
  'Svarsdatum',
  'Trygghet kvällstid',
  'Trapphus',
  'Ålder',
  'Var känner du dig otrygg?',
];

/** An organization with an open wave, and the codes and names its file uses. */
async function importSetup() {
  const app = await testApp();
  const setup = await surveySetup(app);
  const [place] = await rows<{ code: string; name: string; external_id: string }>(
    app,
    sql`select a.code, a.name, b.external_id from areas a join buildings b on b.organization_id = a.organization_id
        and b.area_id = a.id where b.id = ${setup.buildingId}`,
  );
  return {
    app,
    setup,
    areaCode: place?.code ?? '',
    areaName: place?.name ?? '',
    externalId: place?.external_id ?? '',
  };
}

const responseCount = async (organizationId: string) =>
  (
    await rows<{ n: number }>(
      await testApp(),
      sql`select count(*)::int as n from survey_responses where organization_id = ${organizationId}`,
    )
  )[0]?.n;

type Row = Record<string, unknown>;
const ordered = (list: Row[]) => list.map((row) => JSON.stringify(Object.entries(row).sort())).sort();

describe('importing a vendor answer file', () => {
  it('previews a Windows-1252 semicolon file with its problems by line and column, and stores nothing', async () => {
    const { app, setup, areaCode, externalId } = await importSetup();
    const notInWave = await createArea(app, setup.organizationId, { code: `X-${Date.now()}` });
    const csv = toCsv([
      header,
      [areaCode, externalId, 'A', '2019-03-14', 'Mycket bra', 'Inte så bra', '70 år eller äldre', 'Mörkt'],
      ['NOWHERE', '', '', '2019-03-14', 'Bra', '2', '', ''],
      [notInWave.code, '', '', '2019-03', '1', '', '', ''],
      [areaCode, 'B-none', '', '2019-03', '1', '', '', ''],
    ]);
    const url = `/api/survey-waves/${setup.wave.id}/import`;
    const preview = await setup.admin.request({
      method: 'POST',
      url: `${url}/preview`,
      ...importForm(windows1252(csv)),
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.columns).toEqual(header);
    expect(body.rows).toBe(4);
    expect(body.suggestedMapping).toMatchObject({ areaCode: 0, buildingExternalId: 1, entranceLabel: 2 });
    expect(body.issues).toEqual([
      { line: 3, field: 'Område', message: 'there is no area with the code "NOWHERE"' },
      { line: 3, field: 'Trygghet kvällstid', message: expect.stringContaining('unknown answer "Bra"') },
      { line: 4, field: 'Område', message: 'the area is not part of the survey' },
      { line: 5, field: 'Hus', message: 'there is no building with the id "B-none" in the area' },
    ]);
    expect(body.sample[0]).toMatchObject({
      line: 2,
      answers: { safety_evening_area: 1, safety_stairwell: 3 },
    });

    const refused = await setup.admin.request({ method: 'POST', url, ...importForm(windows1252(csv)) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('import_failed');
    expect(refused.json().error.issues).toHaveLength(4);
    expect(await responseCount(setup.organizationId)).toBe(0);
  });

  it('imports every row as channel import, areas by code or name, and rebuilds rollups equal to the answers', async () => {
    const { app, setup, areaCode, areaName, externalId } = await importSetup();
    const lines = Array.from({ length: 40 }, (_, i) => [
      i % 2 ? areaCode : areaName,
      i % 3 ? externalId : '',
      i % 3 ? 'a' : '',
      `2019-0${(i % 3) + 1}-15`,
      ['Mycket bra', 'Ganska bra', 'Dålig', 'Vet ej'][i % 4] ?? '',
      String((i % 4) + 1),
      ['Under 25', '', '70 år eller äldre'][i % 3] ?? '',
      i % 5 ? '' : 'Trappan är mörk',
    ]);
    const mapping = {
      areaCode: 0,
      buildingExternalId: 1,
      entranceLabel: 2,
      answered: { column: 3 },
      questions: { safety_evening_area: 4, safety_stairwell: 5, age_group: 6, unsafe_places_text: 7 },
      scaleCodes: {},
    };
    const url = `/api/survey-waves/${setup.wave.id}/import`;
    const done = await setup.admin.request({
      method: 'POST',
      url,
      ...importForm(utf8(toCsv([header, ...lines], ',')), mapping),
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json()).toEqual({ imported: 40 });
    const stored = await rows(
      app,
      sql`select channel, count(*)::int as n, count(entrance_id)::int as at_entrance, count(free_text)::int as texts,
      min(answered_month)::text as first from survey_responses where organization_id = ${setup.organizationId} group by channel`,
    );
    expect(stored).toEqual([{ channel: 'import', n: 40, at_entrance: 26, texts: 8, first: '2019-01-01' }]);
    const rollups = await rows(
      app,
      sql`select wave_id, answered_month::text, scope, scope_id, question_key, group_key, answered, positive, dont_know
      from survey_rollups where organization_id = ${setup.organizationId}`,
    );
    const expected = await rows(
      app,
      sql`select wave_id, answered_month::text, scope, scope_id, question_key, group_key, answered, positive, dont_know
      from (${rollupsFromAnswers(setup.organizationId)}) g`,
    );
    expect(rollups.length).toBeGreaterThan(0);
    expect(ordered(rollups)).toEqual(ordered(expected));
  });

  it("answers 404 for another organization's wave, 403 to roles that do not manage surveys, 415 without a file", async () => {
    const { setup, areaCode } = await importSetup();
    const stranger = await surveySetup(await testApp());
    const csv = utf8(toCsv([header, [areaCode, '', '', '2019-03', '1', '', '', '']]));
    const url = `/api/survey-waves/${setup.wave.id}/import`;
    expect((await stranger.admin.request({ method: 'POST', url, ...importForm(csv) })).statusCode).toBe(404);
    expect(
      (await stranger.admin.request({ method: 'POST', url: `${url}/preview`, ...importForm(csv) }))
        .statusCode,
    ).toBe(404);
    const manager = await loginAs(await testApp(), 'area_manager', { organizationId: setup.organizationId });
    expect((await manager.request({ method: 'POST', url, ...importForm(csv) })).statusCode).toBe(403);
    expect((await setup.admin.post(url, { file: 'x' })).statusCode).toBe(415);
    const badMapping = await setup.admin.request({ method: 'POST', url, ...importForm(csv, '{nope') });
    expect(badMapping.json().error.issues).toEqual([
      { path: 'mapping', message: 'must be the column mapping as JSON' },
    ]);
  });
});
