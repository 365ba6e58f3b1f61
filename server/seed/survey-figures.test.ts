import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AnswerTally,
  changeBetween,
  compositeIndex,
  type FourPointAnswer,
  topTwoBox,
  wilsonInterval,
} from '../../common/statistics';
import { defaultSurveyIndexes } from '../../common/surveys/indexes';
import type { Database } from '../db/client';
import { openScratchDatabase } from '../testing/scratch-database';
import { seedIfEmpty } from './seed';

// The published figures must come out of the RAW answers (not the plan), so this test seeds its
// own empty database, as seed.test.ts does, and counts survey_answers with SQL.
let scratch: Awaited<ReturnType<typeof openScratchDatabase>> | undefined;
let database: Database;
type Row = { org: string; year: number; area: string; question: string; answer: string; n: number };
let rows: Row[] = [];

beforeAll(async () => {
  scratch = await openScratchDatabase('trygg_survey_figures_test');
  database = scratch.database;
  await seedIfEmpty(database.db);
  const result = (await database.db.execute(sql`
    select o.name as org, extract(year from w.starts_on)::int as year, a.name as area,
           s.question_key as question, coalesce(s.value::text, 'dont_know') as answer, count(*)::int as n
    from survey_answers s
    join survey_responses r on r.organization_id = s.organization_id and r.id = s.response_id
    join survey_waves w on w.organization_id = r.organization_id and w.id = r.wave_id
    join areas a on a.organization_id = r.organization_id and a.id = r.area_id
    join organizations o on o.id = s.organization_id
    group by 1, 2, 3, 4, 5`)) as { rows: Row[] };
  rows = result.rows;
}, 60_000);

afterAll(async () => {
  await scratch?.close();
});

const indexItems = defaultSurveyIndexes[0].itemKeys;

function tally(year: number, areas: string[], question: string): AnswerTally {
  const counts: Record<FourPointAnswer, number> = { 1: 0, 2: 0, 3: 0, 4: 0, dont_know: 0 };
  for (const row of rows) {
    if (row.year !== year || row.question !== question || !areas.includes(row.area)) continue;
    counts[row.answer === 'dont_know' ? 'dont_know' : (Number(row.answer) as 1 | 2 | 3 | 4)] += Number(row.n);
  }
  return counts;
}

/**
 * Trygghetsindex over one or more areas, POOLED as in survey-plan.ts: per item, the positives
 * and the answers 1–4 are summed over the areas; the index is the mean of those item shares.
 */
function safetyIndex(year: number, areas: string[]) {
  return compositeIndex(indexItems.map((item) => topTwoBox(tally(year, areas, item)))) as NonNullable<
    ReturnType<typeof compositeIndex>
  >;
}

const helsingborgAreas = ['Drottninghög', 'Dalhem', 'Fredriksdal', 'Husensjö'];
const botkyrkaAreas = ['Fittja', 'Alby', 'Norsborg'];

describe('demo survey answers reproduce the published figures', () => {
  it('gives Helsingborgshem 57 % safe in 2018 and 67 % in 2020, with 2019 in between', () => {
    const [y2018, y2019, y2020] = [2018, 2019, 2020].map((year) => safetyIndex(year, helsingborgAreas).share);
    expect(y2018).toBeCloseTo(0.57, 3);
    expect(y2020).toBeCloseTo(0.67, 3);
    expect(y2019).toBeGreaterThan(y2018);
    expect(y2019).toBeLessThan(y2020);
  });

  it('gives Drottninghög 46 % → 64 %, the 2020 interval containing 64 %', () => {
    expect(safetyIndex(2018, ['Drottninghög']).share).toBeCloseTo(0.46, 3);
    const latest = safetyIndex(2020, ['Drottninghög']);
    expect(latest.share).toBeCloseTo(0.64, 3);
    expect(latest.low).toBeLessThan(0.64);
    expect(latest.high).toBeGreaterThan(0.64);
  });

  it('gives Botkyrkabyggen +2.9 pp over Fittja, Alby and Norsborg, and Fittja +7.0 pp', () => {
    const pooled = safetyIndex(2019, botkyrkaAreas).share - safetyIndex(2018, botkyrkaAreas).share;
    expect(pooled).toBeCloseTo(0.029, 3);
    const fittja = changeBetween(safetyIndex(2019, ['Fittja']), safetyIndex(2018, ['Fittja']));
    expect(fittja.difference).toBeCloseTo(0.07, 3);
    // About 300 answers a year: +7 pp is not yet beyond the 95 % interval of the index.
    expect(fittja.verdict).toBe('no_certain_change');
  });

  it('gives Alby +5.7 pp on safety in the area in the evening and at night', () => {
    const share = (year: number) => {
      const { successes, n } = topTwoBox(tally(year, ['Alby'], 'safety_evening_area'));
      return wilsonInterval(successes, n).share;
    };
    expect(share(2019) - share(2018)).toBeCloseTo(0.057, 3);
  });

  it('keeps the rest plausible: 150–450 answers per area and wave, a few "vet ej", items differing', async () => {
    const perArea = (await database.db.execute(sql`
      select w.id, r.area_id, count(*)::int as n, count(r.free_text)::int as comments,
             count(distinct r.age_group)::int as ages
      from survey_responses r join survey_waves w on w.organization_id = r.organization_id and w.id = r.wave_id
      where w.status = 'closed' group by 1, 2`)) as { rows: { n: number; comments: number; ages: number }[] };
    expect(perArea.rows).toHaveLength(20);
    for (const row of perArea.rows) {
      expect(Number(row.n)).toBeGreaterThanOrEqual(150);
      expect(Number(row.n)).toBeLessThanOrEqual(450);
      expect(Number(row.comments)).toBeGreaterThanOrEqual(3);
      expect(Number(row.ages)).toBeGreaterThanOrEqual(4);
    }
    const all = rows.reduce((sum, row) => sum + Number(row.n), 0);
    const dontKnow = rows
      .filter((row) => row.answer === 'dont_know')
      .reduce((sum, row) => sum + Number(row.n), 0);
    expect(dontKnow / all).toBeGreaterThan(0.01);
    expect(dontKnow / all).toBeLessThan(0.08);
    const hallunda = indexItems.map((item) => topTwoBox(tally(2019, ['Hallunda'], item)));
    expect(new Set(hallunda.map((item) => (item.successes / item.n).toFixed(3))).size).toBe(4);
    const targets = (await database.db.execute(
      sql`select year, share from survey_targets where measure_key = 'trygghetsindex'`,
    )) as { rows: { year: number; share: number }[] };
    expect(targets.rows).toHaveLength(8);
    expect(targets.rows.every((row) => Number(row.share) === 0.78)).toBe(true);
  });
});
