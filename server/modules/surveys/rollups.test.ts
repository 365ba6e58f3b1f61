import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createArea, createOrganization } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { compactRollups, rebuildRollups, rollupSource, rollupsFromAnswers } from './rollups';
import { addTestResponses, createTestWave, defaultScaleKeys, type TestSheet } from './testing';

type Row = Record<string, unknown>;
const ordered = (rows: Row[]) =>
  rows
    .map((row) =>
      JSON.stringify(
        Object.keys(row)
          .sort()
          .map((key) => [key, row[key]]),
      ),
    )
    .sort();

const keyColumns = sql.raw(`organization_id, wave_id, answered_month::text, scope, scope_id, area_id,
  question_key, group_key`);

/** The rollups as every reader sees them: the totals and the queued responses, summed per key. */
async function storedRollups(organizationId: string) {
  const app = await testApp();
  const result = await app.db.execute(sql`
    select ${keyColumns}, sum(answered)::int as answered, sum(positive)::int as positive,
           sum(dont_know)::int as dont_know
    from ${rollupSource(organizationId)} s group by ${keyColumns}`);
  return (result as unknown as { rows: Row[] }).rows;
}

/** The stored totals themselves, without the queue. */
async function rollupRows(organizationId: string) {
  const app = await testApp();
  const result = await app.db.execute(sql`
    select ${keyColumns}, answered, positive, dont_know
    from survey_rollups where organization_id = ${organizationId}`);
  return (result as unknown as { rows: Row[] }).rows;
}

async function groupedAnswers(organizationId: string) {
  const app = await testApp();
  const result = await app.db.execute(sql`
    select organization_id, wave_id, answered_month::text, scope, scope_id, area_id, question_key,
           group_key, answered, positive, dont_know
    from (${rollupsFromAnswers(organizationId)}) g`);
  return (result as unknown as { rows: Row[] }).rows;
}

const value = fc.constantFrom<1 | 2 | 3 | 4 | 'dont_know'>(1, 2, 3, 4, 'dont_know');
const sheetShape = fc.record({
  area: fc.nat(1),
  building: fc.boolean(),
  month: fc.constantFrom('2026-10-01', '2026-11-01'),
  channel: fc.constantFrom('code', 'open_link', 'paper'),
  ageGroup: fc.option(fc.constantFrom('under_25', '70_plus'), { nil: null }),
  gender: fc.option(fc.constantFrom('woman', 'man'), { nil: null }),
  answers: fc.dictionary(fc.constantFrom(...defaultScaleKeys.slice(0, 4)), value, { maxKeys: 4 }),
});

describe('survey rollups', () => {
  it('added response by response, equal what a GROUP BY over the answers gives, and a rebuild keeps them', async () => {
    const app = await testApp();
    await fc.assert(
      fc.asyncProperty(fc.array(sheetShape, { minLength: 1, maxLength: 25 }), async (shapes) => {
        const org = await createOrganization(app);
        const areas = [await createArea(app, org.id), await createArea(app, org.id)];
        // A building lies in one area.
        const buildingIds = areas.map(() => crypto.randomUUID());
        const wave = await createTestWave(app, { organizationId: org.id, areaIds: areas.map((a) => a.id) });
        const sheets: TestSheet[] = shapes.map((shape) => ({
          areaId: areas[shape.area].id,
          buildingId: shape.building ? buildingIds[shape.area] : null,
          answeredMonth: shape.month,
          channel: shape.channel,
          ageGroup: shape.ageGroup,
          gender: shape.gender,
          answers: shape.answers,
        }));
        await addTestResponses(app.db, wave, sheets);
        const expected = ordered(await groupedAnswers(org.id));
        expect(ordered(await storedRollups(org.id))).toEqual(expected);
        // Once the queue is added, the totals alone hold the same, one row per key.
        expect(await compactRollups(app.db)).toBeGreaterThanOrEqual(sheets.length);
        expect(ordered(await rollupRows(org.id))).toEqual(expected);
        await addTestResponses(app.db, wave, sheets.slice(0, 3));
        await rebuildRollups(app.db, org.id);
        expect(ordered(await rollupRows(org.id))).toEqual(ordered(await groupedAnswers(org.id)));
      }),
      { numRuns: 8 },
    );
  });

  it('counts answered, positive and "vet ej" separately', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const area = await createArea(app, org.id);
    const wave = await createTestWave(app, { organizationId: org.id, areaIds: [area.id] });
    const key = defaultScaleKeys[0];
    const values = [1, 2, 2, 3, 4, 'dont_know'] as const;
    await addTestResponses(
      app.db,
      wave,
      values.map((v) => ({ areaId: area.id, answers: { [key]: v } })),
    );
    const rows = (await storedRollups(org.id)).filter(
      (row) => row.scope === 'area' && row.group_key === 'all',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ answered: 5, positive: 3, dont_know: 1 });
  });

  it('adding the queue while sheets keep arriving loses and doubles nothing', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const area = await createArea(app, org.id);
    const wave = await createTestWave(app, { organizationId: org.id, areaIds: [area.id] });
    const sheet = (i: number): TestSheet => ({
      areaId: area.id,
      channel: i % 2 ? 'paper' : 'code',
      answers: { [defaultScaleKeys[0]]: ((i % 4) + 1) as 1 | 2 | 3 | 4, [defaultScaleKeys[1]]: 'dont_know' },
    });
    const arrivals = Array.from({ length: 6 }, (_, batch) =>
      addTestResponses(
        app.db,
        wave,
        Array.from({ length: 5 }, (_, i) => sheet(batch * 5 + i)),
      ),
    );
    const folds = Array.from({ length: 4 }, () => compactRollups(app.db));
    await Promise.all([...arrivals, ...folds]);
    const expected = ordered(await groupedAnswers(org.id));
    expect(ordered(await storedRollups(org.id))).toEqual(expected);
    await compactRollups(app.db);
    expect(ordered(await rollupRows(org.id))).toEqual(expected);
  });
});
