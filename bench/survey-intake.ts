import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { freePort, waitForHealth } from '../e2e/harness/server';
import { openDatabase } from '../server/db/client';
import { flushSurveyBuffer } from '../server/modules/surveys/sheet-buffer-flush';
import { dropDatabase, recreateDatabase } from '../server/seed/fresh-database';
import { login, median, startTrygg } from './bench-server';
import { openWave, sheet } from './survey-intake-load';

/**
 * `npm run bench:survey-intake`: answer sheets per second through POST /api/public/surveys/responses
 * (stairwell links, 11 scale items) on PostgreSQL, with the mixing buffer on (k = 10, flushed by
 * the server's loop while the load runs), against a bare node:http + pg server inserting the same
 * response and answers (bench/survey-intake-baseline-server.ts) in the same run. Then the buffer
 * is flushed and the figures are checked exact: the wave page's count and the rollup totals
 * equal the stored rows, and every accepted sheet is stored once. Budget: ≥ 500 sheets/s.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = 'trygg_bench_survey_intake';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const rounds = 3;

type Link = { wave_id: string; token: string };

async function startBaseline(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/survey-intake-baseline-server.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}/`, 60_000, () => child.exitCode !== null);
  return { url, child };
}

/** One run: `connections` clients posting new sheets (each its own submission id) for `seconds`. */
async function load(url: string, links: Link[], duration = seconds) {
  let made = 0;
  const result = await autocannon({
    url: `${url}/api/public/surveys/responses`,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          made++;
          const link = links[Math.floor(Math.random() * links.length)] as Link;
          return { ...request, body: JSON.stringify({ ...sheet(link.token), submissionId: uuidv7() }) };
        },
      },
    ],
  });
  return {
    accepted: result['2xx'],
    made,
    failed: result.non2xx + result.errors + result.timeouts,
    perSecond: result['2xx'] / (result.duration || duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

const one = async (db: pg.Client, text: string, params: unknown[] = []) =>
  Number(Object.values((await db.query(text, params)).rows[0] ?? {})[0] ?? 0);

/** Stored and still buffered sheets of the wave (the buffer holds only this wave's sheets here). */
const kept = async (db: pg.Client, waveId: string) =>
  (await one(db, 'select count(*) from survey_responses where wave_id = $1', [waveId])) +
  (await one(db, 'select count(*) from survey_sheet_buffer'));

async function main() {
  const databaseUrl = await recreateDatabase(serverUrl, scratch);
  const trygg = await startTrygg(databaseUrl, {
    DATA_DIR: `/tmp/${scratch}`,
    SURVEY_MIX_MIN_BATCH: '10',
    SURVEY_MIX_MAX_WAIT_SECONDS: '300',
    PUBLIC_SURVEY_RESPONSES_PER_MINUTE: '100000000',
    PUBLIC_SURVEY_LINK_RESPONSES_PER_HOUR: '100000000',
  });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  let baseline: { url: string; child: ChildProcess } | null = null;
  try {
    const links = await openWave(db);
    const waveId = (links[0] as Link).wave_id;
    // The baseline writes into a wave of its own, so Trygg's figures can be checked exactly.
    const { rows } = await db.query(
      `insert into survey_waves (organization_id, id, name, kind, starts_on, question_keys, area_ids, status)
       select organization_id, gen_random_uuid(), 'Baslinje', kind, starts_on, question_keys, area_ids, status
         from survey_waves where id = $1
       returning organization_id, id, area_ids->>0 as area_id`,
      [waveId],
    );
    baseline = await startBaseline({
      DATABASE_URL: databaseUrl,
      BENCH_ORGANIZATION_ID: rows[0].organization_id,
      BENCH_WAVE_ID: rows[0].id,
      BENCH_AREA_ID: rows[0].area_id,
    });
    const lines: string[] = [];
    await load(baseline.url, links, 3); // warm-up
    await load(trygg.url, links, 3);
    const rates = { baseline: [] as number[], trygg: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      const base = await load(baseline.url, links);
      const before = await kept(db, waveId);
      const ours = await load(trygg.url, links);
      const stored = (await kept(db, waveId)) - before;
      if (stored < ours.accepted || stored > ours.made)
        throw new Error(`Trygg accepted ${ours.accepted} sheets but kept ${stored}`);
      const waiting = await one(db, 'select count(*) from survey_sheet_buffer');
      rates.baseline.push(base.perSecond);
      rates.trygg.push(ours.perSecond);
      lines.push(
        `round ${round + 1}: baseline ${base.perSecond.toFixed(0)}/s (p99 ${base.p99} ms, failed ${base.failed}); ` +
          `Trygg ${ours.perSecond.toFixed(0)}/s (p50 ${ours.p50} ms, p99 ${ours.p99} ms, failed ${ours.failed}), ` +
          `${waiting} sheets left in the buffer at the end of the run`,
      );
    }
    const exact = await checkFigures(db, trygg.url, databaseUrl, waveId);
    report(lines, rates, exact);
  } finally {
    await db.end();
    for (const server of [trygg, baseline]) server?.child.kill('SIGTERM');
    await dropDatabase(serverUrl, scratch).catch(() => undefined);
  }
}

/** Flushes what is left, lets the totals catch up, and compares page, totals and rows. */
async function checkFigures(db: pg.Client, url: string, databaseUrl: string, waveId: string) {
  const database = await openDatabase({ url: databaseUrl, dataDir: 'memory://' });
  await flushSurveyBuffer(database.db, { minBatch: 1, force: true });
  await database.close();
  while ((await one(db, 'select count(*) from survey_rollup_pending')) > 0)
    await new Promise((resolve) => setTimeout(resolve, 250));
  const stored = await one(db, 'select count(*) from survey_responses where wave_id = $1', [waveId]);
  const answered = await one(
    db,
    `select count(a.value) from survey_answers a join survey_responses r
       on r.organization_id = a.organization_id and r.id = a.response_id where r.wave_id = $1`,
    [waveId],
  );
  const totals = await one(
    db,
    `select coalesce(sum(answered), 0) from survey_rollups
      where wave_id = $1 and scope = 'organization' and group_key = 'all'`,
    [waveId],
  );
  const cookie = await login(url);
  const page = (await (await fetch(`${url}/api/survey-waves/${waveId}`, { headers: { cookie } })).json()) as {
    responses: number;
  };
  return {
    stored,
    answered,
    totals,
    page: page.responses,
    ok: stored === page.responses && answered === totals,
  };
}

function report(
  lines: string[],
  rates: { baseline: number[]; trygg: number[] },
  exact: Awaited<ReturnType<typeof checkFigures>>,
) {
  console.log(
    `\nSurvey intake with the mixing buffer, ${connections} connections × ${seconds} s per run, PostgreSQL\n`,
  );
  for (const line of lines) console.log(line);
  const ours = median(rates.trygg) ?? 0;
  const base = median(rates.baseline) ?? 0;
  const ratio = median(rates.trygg.map((value, round) => value / (rates.baseline[round] ?? 1))) ?? 0;
  console.log(
    `\nMedians of ${rounds} rounds: Trygg ${ours.toFixed(0)} sheets/s, baseline ${base.toFixed(0)} sheets/s, ratio ${ratio.toFixed(2)}`,
  );
  console.log(
    `After the flush: ${exact.stored} sheets stored, wave page says ${exact.page}; ${exact.answered} scale answers, totals say ${exact.totals} — ${exact.ok ? 'exact' : 'NOT exact'}`,
  );
  console.log(`Budget: ≥ 500 sheets/s ${ours >= 500 ? 'met' : 'NOT met'}`);
  if (!exact.ok) process.exitCode = 1;
}

await main();
