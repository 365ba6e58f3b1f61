import type pg from 'pg';
import { defaultQuestions } from '../common/surveys/question-bank';
import { openDatabase } from '../server/db/client';
import { rebuildRollups } from '../server/modules/surveys/rollups';

/**
 * National-scale survey data for bench/survey-analytics.ts, made in SQL: 300 housing companies
 * (the demo's Botkyrkabyggen with 100 areas, 299 others with 10), ten yearly waves each
 * (2016–2025), responses spread over every area and wave, 12 scale items per response.
 */
export const years = Array.from({ length: 10 }, (_, i) => 2016 + i);
export const itemKeys = [
  ...defaultQuestions.filter((q) => q.kind === 'scale').map((q) => q.key),
  'bench_own_item',
].slice(0, 12);
const otherOrganizations = 299;
const bigAreas = 100;

/** Companies, areas and waves; every company takes part in the benchmark. */
export async function fillPlaces(db: pg.Client) {
  await db.query(
    `insert into organizations (id, name, slug, require_two_factor, survey_benchmark_opt_in)
     select gen_random_uuid(), 'Bostadsbolag ' || n, 'bench-' || n, false, true
     from generate_series(1, $1::int) n`,
    [otherOrganizations],
  );
  await db.query(`update organizations set survey_benchmark_opt_in = true where slug = 'botkyrkabyggen'`);
  await db.query(
    `insert into areas (organization_id, id, name, code)
     select o.id, gen_random_uuid(), 'Område ' || n, 'BENCH-' || n
     from organizations o
     cross join lateral generate_series(1, case when o.slug = 'botkyrkabyggen' then $1::int else 10 end) n
     where o.slug = 'botkyrkabyggen' or o.slug like 'bench-%'`,
    [bigAreas - 4],
  );
  await db.query(
    `insert into survey_waves (organization_id, id, name, kind, starts_on, ends_on, question_keys, area_ids, status)
     select o.id, gen_random_uuid(), 'Nationell mätning ' || y, 'wave', make_date(y, 10, 1), make_date(y, 11, 30),
            $1::jsonb, '[]'::jsonb, 'closed'
     from organizations o cross join unnest($2::int[]) y
     where o.slug = 'botkyrkabyggen' or o.slug like 'bench-%'`,
    [JSON.stringify(itemKeys), years],
  );
  // Numbered areas and waves so a response number maps to one of each.
  await db.query(
    `create table bench_areas as
     select row_number() over (order by a.organization_id, a.id) - 1 as idx, a.organization_id, a.id
     from areas a join organizations o on o.id = a.organization_id
     where o.slug = 'botkyrkabyggen' or o.slug like 'bench-%'`,
  );
  await db.query(
    `create table bench_waves as
     select w.organization_id, extract(year from w.starts_on)::int - $1::int as year_idx, w.id, w.starts_on
     from survey_waves w where w.name like 'Nationell mätning %'`,
    [years[0]],
  );
}

/**
 * Adds `count` responses numbered from `from` (area = number mod areas, year = number / areas mod
 * 10) with 12 answers each; about 5 % "vet ej", about 70 % positive, improving by about a
 * point a year.
 */
export async function fillResponses(db: pg.Client, from: number, count: number) {
  const batch = 250_000;
  for (let start = from; start < from + count; start += batch) {
    const size = Math.min(batch, from + count - start);
    await db.query(`drop table if exists bench_batch`);
    await db.query(
      `create table bench_batch as
       with n as (select g as n from generate_series($1::bigint, $2::bigint) g),
            sizes as (select count(*) as areas from bench_areas)
       select gen_random_uuid() as id, a.organization_id, w.id as wave_id, a.id as area_id,
              md5(a.id::text || (n.n % 10))::uuid as building_id, w.starts_on as answered_month,
              w.year_idx,
              (array['code','code','code','open_link','paper'])[1 + (n.n % 5)] as channel,
              (array['age_under_25','age_25_39','age_40_54','age_55_69','age_70_plus'])[1 + (n.n / 7 % 5)] as age_group,
              (array['woman','man','other_or_undisclosed'])[1 + (n.n / 3 % 3)] as gender,
              (array['years_under_1','years_1_4','years_5_9','years_10_plus'])[1 + (n.n / 11 % 4)] as years_in_area
       from n cross join sizes
       join bench_areas a on a.idx = n.n % sizes.areas
       join bench_waves w on w.organization_id = a.organization_id and w.year_idx = (n.n / sizes.areas) % 10`,
      [start, start + size - 1],
    );
    await db.query(
      `insert into survey_responses (organization_id, id, wave_id, area_id, building_id, answered_month, channel,
         age_group, gender, years_in_area)
       select organization_id, id, wave_id, area_id, building_id, answered_month, channel, age_group, gender, years_in_area
       from bench_batch`,
    );
    await db.query(
      `insert into survey_answers (organization_id, response_id, question_key, value, dont_know)
       select organization_id, id, key,
              case when x < 0.05 then null when p < 0.28 then 1 when p < 0.70 then 2 when p < 0.90 then 3 else 4 end,
              x < 0.05
       from (select *, (x - 0.05) / 0.95 + 0.05 - year_idx * 0.01 as p
             from (select b.organization_id, b.id, b.year_idx, k.key, random() as x
                   from bench_batch b cross join unnest($1::text[]) k(key)) drawn) answered`,
      [itemKeys],
    );
  }
  await db.query(`drop table if exists bench_batch`);
  await db.query('analyze survey_responses');
  await db.query('analyze survey_answers');
}

/**
 * The running totals of every company, built from all answers, as after a bulk import (answers
 * arriving one by one go through the rollup queue instead; posting 5 million that way would take
 * the benchmark hours). The usual bulk-load order: the secondary indexes are dropped
 * and made again afterwards, and the companies are split over two connections (two cores).
 */
export async function buildRollups(db: pg.Client, databaseUrl: string) {
  const indexes = (
    await db.query<{ definition: string; name: string }>(
      `select indexdef as definition, indexname as name from pg_indexes
       where tablename = 'survey_rollups' and indexname like '%idx'`,
    )
  ).rows;
  await db.query('truncate survey_rollups');
  for (const index of indexes) await db.query(`drop index ${index.name}`);
  const organizations = (await db.query<{ id: string }>('select id from organizations order by id')).rows;
  const halves = [0, 1].map((half) => organizations.filter((_, i) => i % 2 === half));
  await Promise.all(
    halves.map(async (half) => {
      const database = await openDatabase({ url: databaseUrl, dataDir: 'memory://' });
      for (const { id } of half) await rebuildRollups(database.db, id);
      await database.close();
    }),
  );
  for (const index of indexes) await db.query(index.definition);
  await db.query('analyze survey_rollups');
}
