import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CodeSide,
  nearestXminHits,
  type Observed,
  orderHits,
  type ResponseSide,
  sharedValueHits,
  valuesOf,
} from './unlinkability-attacks';
import type { Query } from './unlinkability-database';
import { type Arrival, answeredScene, pointLon, sheetCount } from './unlinkability-scene';

/**
 * The review's joins (issue 12), tried on 40 sheets answered through every channel — letter
 * code, e-mail invitation, stairwell open link, paper — and stored in one flush: transaction ids
 * (equal or near), commit order (= xmin order; a batch shares one xmin and commit), physical order (ctid)
 * of every answer-side table and the rollup queue, timestamps, sequences, shared values and
 * hashes; live, and on a restored backup. The attacker can tell channel and place apart (they
 * are on the rows), so the sheets fall into 3 groups (code, open link, paper) and a random order
 * puts on average 1 sheet per group in its right place: 3 of 40 by chance. Bound: 10 — the chance
 * of more than 10 right by chance is below 0.03 % (Poisson(3)), so the test does not flake, while
 * the code of today's main links all 40 by ctid and every code's sheet by xmin.
 */
const chanceBound = 10;

let scene: Awaited<ReturnType<typeof answeredScene>>;
beforeAll(async () => {
  scene = await answeredScene();
}, 120_000);
afterAll(async () => {
  await scene?.app.close();
  await scene?.database.close();
});

const num = (value: unknown) => Number(value);
const truthOf = (text: unknown) => Number(/(\d+)$/.exec(String(text))?.[1] ?? Number.NaN);
const rank = (alias: string) =>
  `((${alias}.ctid::text::point)[0] * 1000000 + (${alias}.ctid::text::point)[1])`;

/** Each answer-side table as the attacker sorts it: per sheet, its rows' first xmin and ctid. */
function answerSide(org: string): Record<string, string> {
  const perSheet = (table: string, truth = 'r.free_text') => `
    select ${truth} as truth, r.wave_id || '|' || r.channel || '|' || coalesce(r.entrance_id::text, '') as grp,
           r.id::text as tie, min(c.xmin::text::bigint) as xmin, min(${rank('c')}) as ctid
      from survey_responses r join ${table} c on c.organization_id = r.organization_id and c.response_id = r.id
     where r.organization_id = '${org}' group by 1, 2, 3`;
  return {
    survey_responses: `select free_text as truth, wave_id || '|' || channel || '|' || coalesce(entrance_id::text, '') as grp,
        id::text as tie, xmin::text::bigint as xmin, ${rank('survey_responses')} as ctid
        from survey_responses where organization_id = '${org}'`,
    survey_answers: perSheet('survey_answers'),
    survey_choice_answers: perSheet('survey_choice_answers'),
    survey_text_answers: perSheet('survey_text_answers', 'c.text'),
    survey_rollup_pending: perSheet('survey_rollup_pending'),
    // Not linked to a response: the sheet is known to the test by its longitude.
    survey_map_points: `select lon as truth, wave_id || '|' || area_id as grp, id::text as tie,
        xmin::text::bigint as xmin, ${rank('survey_map_points')} as ctid
        from survey_map_points where organization_id = '${org}'`,
  };
}

const sheetOfLon = (lon: unknown) => Math.round((num(lon) - pointLon(0)) / 0.00001);

/** Sorts every answer-side table by xmin (= commit order) and by ctid; hits per table and method. */
async function orderAttacks(query: Query, org: string) {
  const hits: Record<string, number> = {};
  for (const [table, text] of Object.entries(answerSide(org))) {
    const rows = await query(text);
    expect(rows.length, table).toBeGreaterThan(0);
    const truth = (row: Record<string, unknown>) =>
      table === 'survey_map_points' ? sheetOfLon(row.truth) : truthOf(row.truth);
    for (const method of ['xmin', 'ctid'] as const) {
      const observed: Observed[] = rows.map((row) => ({
        truth: truth(row),
        group: String(row.grp),
        key: num(row[method]),
        tie: String(row.tie),
      }));
      hits[`${table} by ${method}`] = orderHits(observed);
    }
  }
  return hits;
}

/** Used codes (letters and invitations) and responses, with xmin and every value they hold. */
async function codeAndResponseSides(query: Query, org: string, arrivals: Arrival[]) {
  const byHash = new Map(arrivals.filter((a) => a.codeHash).map((a) => [a.codeHash, a.index]));
  const codes: CodeSide[] = (
    await query(`select code_hash, xmin::text::bigint as xmin, row_to_json(c)::text as json
      from survey_codes c where organization_id = '${org}' and used_on is not null`)
  ).map((row) => ({
    truth: byHash.get(String(row.code_hash)) ?? -1,
    xmin: num(row.xmin),
    values: valuesOf(row.json),
  }));
  const responses: ResponseSide[] = (
    await query(`select free_text, xmin::text::bigint as xmin, row_to_json(r)::text as json
      from survey_responses r where organization_id = '${org}' and channel = 'code'`)
  ).map((row) => ({ truth: truthOf(row.free_text), xmin: num(row.xmin), values: valuesOf(row.json) }));
  expect(codes).toHaveLength(arrivals.filter((a) => a.codeHash).length);
  return { codes, responses };
}

/** Every attack on one database (live or restored): hits per method. */
async function allAttacks(query: Query) {
  const org = scene.setup.organizationId;
  const { codes, responses } = await codeAndResponseSides(query, org, scene.arrivals);
  return {
    'code → response by equal or nearest xmin': nearestXminHits(codes, responses),
    'code → response by a shared value or hash': sharedValueHits(codes, responses),
    ...(await orderAttacks(query, org)),
  };
}

/** Fails naming every method that linked more sheets than chance would. */
function expectNoBetterThanChance(hits: Record<string, number>) {
  if (process.env.UNLINK_DEBUG) console.log(hits);
  expect(Object.keys(hits).length).toBeGreaterThan(10);
  const linked = Object.entries(hits).filter(([, count]) => count > chanceBound);
  expect(Object.fromEntries(linked)).toEqual({});
}

const answerTables = `('survey_responses', 'survey_answers', 'survey_choice_answers', 'survey_text_answers',
  'survey_map_points', 'survey_rollup_pending')`;

describe('survey answers cannot be linked to their code, invitation or moment of arrival', () => {
  it('stores all 40 sheets in 3 groups an attacker can tell apart, and empties the buffer', async () => {
    const groups = await scene.database.query(`select distinct channel, entrance_id from survey_responses
      where organization_id = '${scene.setup.organizationId}'`);
    expect(groups).toHaveLength(3);
    const [{ n }] = (await scene.database.query('select count(*)::int as n from survey_sheet_buffer')) as [
      { n: number },
    ];
    expect(n).toBe(0);
    const stored = await scene.database.query(`select free_text from survey_responses
      where organization_id = '${scene.setup.organizationId}'`);
    expect(stored.map((row) => truthOf(row.free_text)).sort((a, b) => a - b)).toEqual(
      [...Array(sheetCount).keys()].map((i) => i),
    );
    const codeOrder = await scene.database.query(`select code_hash from survey_codes
      where organization_id = '${scene.setup.organizationId}' and used_on is not null order by xmin::text::bigint`);
    // The attacker does know the order codes were used in: their xmins follow the arrivals.
    expect(codeOrder.map((row) => row.code_hash)).toEqual(
      scene.arrivals.filter((a) => a.codeHash).map((a) => a.codeHash),
    );
  });

  it('links no better than chance by xmin (equal, near, order = commit order), ctid, shared values or hashes', async () => {
    const hits = await allAttacks(scene.database.query);
    expectNoBetterThanChance(hits);
  });

  it('keeps no time finer than the month and no sequence on the answer side', async () => {
    const org = scene.setup.organizationId;
    const timed = await scene.database.query(`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name in ${answerTables}
        and (data_type like 'time%' or data_type = 'date' or data_type like 'interval%')`);
    expect(timed.map((c) => `${c.table_name}.${c.column_name}`)).toEqual(['survey_responses.answered_month']);
    const finer = await scene.database.query(`select count(*)::int as n from survey_responses
      where organization_id = '${org}' and answered_month <> date_trunc('month', answered_month)::date`);
    expect(finer).toEqual([{ n: 0 }]);
    const sequenced =
      await scene.database.query(`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name in ${answerTables}
        and (column_default like 'nextval%' or is_identity = 'YES')`);
    expect(sequenced).toEqual([]);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'links no better than chance on a pg_dump/pg_restore copy (PostgreSQL; skipped when DATABASE_URL is not set)',
    async () => {
      const copy = await scene.database.copy();
      try {
        const hits = await allAttacks(copy.query);
        expectNoBetterThanChance(hits);
      } finally {
        await copy.close();
      }
    },
    60_000,
  );

  it.skipIf(Boolean(process.env.DATABASE_URL))(
    'links no better than chance on a copy of the PGlite data directory (PGlite; skipped when DATABASE_URL is set)',
    async () => {
      const copy = await scene.database.copy();
      try {
        const hits = await allAttacks(copy.query);
        expectNoBetterThanChance(hits);
      } finally {
        await copy.close();
      }
    },
    60_000,
  );
});
