import pg from 'pg';
import { dropDatabase, recreateDatabase } from '../server/seed/fresh-database';
import { login, median, startTrygg, timeHttp } from './bench-server';
import { buildRollups, fillPlaces, fillResponses, years } from './survey-fill';
import { runIntakeLoad } from './survey-intake-load';

/**
 * `npm run bench:survey-analytics`: survey figures at national scale on PostgreSQL. Responses
 * grow 0.5 M → 5 M (× 12 items) over 300 companies and ten yearly waves; at each step the
 * area × year table of one company (GET /api/survey-analysis/overview, 100 areas) and the
 * whole-country benchmark (GET /api/survey-analysis/benchmark) are timed over HTTP, against the
 * same figures computed by a raw GROUP BY over the answer rows in the same run. Finally answers
 * are posted at full speed while the two dashboards are timed again.
 * Budgets: table p95 < 100 ms, country view p95 < 300 ms, ≥ 500 answers/s during the load.
 */
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = 'trygg_bench_surveys';
const steps = (process.env.BENCH_STEPS ?? '500000,5000000').split(',').map(Number);
const latestYear = years[years.length - 1];

const overviewPath = '/api/survey-analysis/overview?measure=trygghetsindex';
const benchmarkPath = `/api/survey-analysis/benchmark?measure=trygghetsindex&year=${latestYear}`;

/** The area × wave × item counts of one company, straight from the answer rows. */
const rawOverview = `
  select r.area_id, r.wave_id, a.question_key, count(a.value) as answered,
         count(*) filter (where a.value <= 2) as positive, count(*) filter (where a.dont_know) as dont_know
  from survey_answers a
  join survey_responses r on r.organization_id = a.organization_id and r.id = a.response_id
  where r.organization_id = (select id from organizations where slug = 'botkyrkabyggen')
  group by 1, 2, 3`;

/** Every company's item counts in one year, straight from the answer rows. */
const rawCountry = `
  select r.organization_id, a.question_key, count(a.value) as answered,
         count(*) filter (where a.value <= 2) as positive
  from survey_answers a
  join survey_responses r on r.organization_id = a.organization_id and r.id = a.response_id
  join survey_waves w on w.organization_id = r.organization_id and w.id = r.wave_id
  join organizations o on o.id = r.organization_id and o.survey_benchmark_opt_in
  where w.starts_on >= make_date($1::int, 1, 1) and w.starts_on < make_date($1::int + 1, 1, 1)
  group by 1, 2`;

async function timeRaw(db: pg.Client, text: string, params: unknown[] = [], times = 5) {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await db.query(text, params);
    samples.push(performance.now() - started);
  }
  return { median: median(samples) };
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

async function measureStep(url: string, cookie: string, db: pg.Client) {
  const overview = await timeHttp(url, cookie, overviewPath);
  const country = await timeHttp(url, cookie, benchmarkPath);
  const rawTable = await timeRaw(db, rawOverview);
  const rawCountryTime = await timeRaw(db, rawCountry, [latestYear], 3);
  return { overview, country, rawTable, rawCountry: rawCountryTime };
}

async function main() {
  const databaseUrl = await recreateDatabase(serverUrl, scratch);
  // The load below posts from one address to a few stairwells: lift the per-address and
  // per-stairwell limits, which exist against abuse, not against load.
  const trygg = await startTrygg(databaseUrl, {
    PUBLIC_SURVEY_RESPONSES_PER_MINUTE: '100000000',
    PUBLIC_SURVEY_LINK_RESPONSES_PER_HOUR: '100000000',
  });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const results: string[] = [];
  try {
    await fillPlaces(db);
    const cookie = await login(trygg.url);
    let filled = 0;
    for (const target of steps) {
      const fillStarted = performance.now();
      await fillResponses(db, filled, target - filled);
      filled = target;
      const fillSeconds = (performance.now() - fillStarted) / 1000;
      const rollupStarted = performance.now();
      await buildRollups(db, databaseUrl);
      const rollupSeconds = (performance.now() - rollupStarted) / 1000;
      const counts = (
        await db.query(
          `select (select count(*) from survey_responses)::int as responses,
                  (select count(*) from survey_answers)::int as answers,
                  (select count(*) from survey_rollups)::int as rollups`,
        )
      ).rows[0];
      const m = await measureStep(trygg.url, cookie, db);
      const line =
        `${(counts.responses / 1e6).toFixed(2)} M responses (${(counts.answers / 1e6).toFixed(1)} M answers, ` +
        `${(counts.rollups / 1e6).toFixed(2)} M rollup rows; fill ${fillSeconds.toFixed(0)} s, rollups built from all answers in ${rollupSeconds.toFixed(0)} s)\n` +
        `  area × year table  HTTP median ${ms(m.overview.median)} p95 ${ms(m.overview.p95)} | raw GROUP BY median ${ms(m.rawTable.median)} | ratio ${(m.overview.median / m.rawTable.median).toFixed(3)}\n` +
        `  country benchmark  HTTP median ${ms(m.country.median)} p95 ${ms(m.country.p95)} | raw GROUP BY median ${ms(m.rawCountry.median)} | ratio ${(m.country.median / m.rawCountry.median).toFixed(3)}`;
      console.log(line);
      results.push(line);
    }
    const load = await runIntakeLoad(trygg.url, db, cookie, [overviewPath, benchmarkPath]);
    console.log(load.summary);
    results.push(load.summary);
    console.log(`\nSummary\n${results.join('\n')}`);
  } finally {
    await db.end();
    trygg.child.kill('SIGTERM');
    if (!process.env.BENCH_KEEP) await dropDatabase(serverUrl, scratch).catch(() => undefined);
  }
}

await main();
