import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { freePort, waitForHealth } from '../e2e/harness/server';
import { dropDatabase, recreateDatabase } from '../server/seed/fresh-database';

/**
 * `npm run bench:intake`: accepted reports per second and latency of POST /api/public/reports
 * (JSON, no photos) against PostgreSQL, compared in the same run with a bare node:http + pg
 * server inserting the same row (bench/intake-baseline-server.ts). Budget: ≥ 1,000 reports/s,
 * p99 < 100 ms, and at least half the baseline's throughput.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = 'trygg_bench_intake';
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
/** Rounds of baseline-then-Trygg; the ratio is taken per round (neighbours in time) and its median reported. */
const rounds = 3;

type Started = { url: string; child: ChildProcess };

async function start(args: string[], env: NodeJS.ProcessEnv, healthPath: string): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}${healthPath}`, 120_000, () => child.exitCode !== null);
  return { url, child };
}

/** One load run: `connections` clients posting new reports (each with its own id) for `seconds`. */
async function load(url: string, body: (id: string) => string) {
  let made = 0;
  const result = await autocannon({
    url: `${url}/api/public/reports`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          made++;
          return { ...request, body: body(uuidv7()) };
        },
      },
    ],
  });
  return {
    accepted: result['2xx'],
    made,
    failed: result.non2xx + result.errors + result.timeouts,
    perSecond: result['2xx'] / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

async function main() {
  const databaseUrl = await recreateDatabase(serverUrl, scratch);
  const trygg = await start(
    ['--import', 'tsx', 'server/main.ts'],
    { DATABASE_URL: databaseUrl, DATA_DIR: `/tmp/${scratch}`, PUBLIC_REPORTS_PER_MINUTE: '1000000' },
    '/api/health',
  );
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  let baseline: Started | null = null;
  try {
    baseline = await start(
      ['--import', 'tsx', 'bench/intake-baseline-server.ts'],
      { DATABASE_URL: databaseUrl, ...(await benchIds(db)) },
      '/',
    );
    report(await measure(db, trygg.url, baseline.url));
  } finally {
    await db.end();
    for (const server of [trygg, baseline]) server?.child.kill('SIGTERM');
    await dropDatabase(serverUrl, scratch).catch(() => undefined);
  }
}

/** The organization and category the baseline writes its rows for. */
async function benchIds(db: pg.Client) {
  const { rows } = await db.query(
    `select o.id as organization_id, c.id as category_id from organizations o
     join report_categories c on c.organization_id = o.id and c.key = 'lighting' where o.slug = 'botkyrkabyggen'`,
  );
  return { BENCH_ORGANIZATION_ID: rows[0].organization_id, BENCH_CATEGORY_ID: rows[0].category_id };
}

type Run = { name: string; result: Awaited<ReturnType<typeof load>> };

/** Warm-up, then baseline and Trygg in turn, `rounds` times; checks every accepted report was stored once. */
async function measure(db: pg.Client, tryggUrl: string, baselineUrl: string): Promise<Run[]> {
  // A point in Fittja, so the intake finds the area by its polygon as it would for "use my position".
  const body = (id: string) =>
    JSON.stringify({
      id,
      organization: 'botkyrkabyggen',
      categoryKey: 'lighting',
      description: 'Lampan vid entrén är trasig, det är helt mörkt på kvällen.',
      position: { lon: 17.861, lat: 59.247 },
      locale: 'sv',
    });
  // Timeline rows: only Trygg writes them (the baseline writes report rows into the same table).
  const count = async () =>
    Number((await db.query('select count(*)::int as n from report_updates')).rows[0].n);

  const runs: Run[] = [];
  await load(baselineUrl, body); // warm-up
  await load(tryggUrl, body);
  for (let round = 0; round < rounds; round++) {
    runs.push({ name: 'baseline node:http + pg', result: await load(baselineUrl, body) });
    const before = await count();
    const result = await load(tryggUrl, body);
    const stored = (await count()) - before;
    // Requests still in flight when the run ends may be stored but not counted; none beyond what was made.
    if (stored < result.accepted || stored > result.made) {
      throw new Error(`Trygg accepted ${result.accepted} but stored ${stored}`);
    }
    runs.push({ name: 'Trygg POST /api/public/reports', result });
  }
  return runs;
}

function report(runs: Run[]) {
  console.log(`\nReport intake, ${connections} connections × ${seconds} s per run, PostgreSQL\n`);
  for (const { name, result } of runs) {
    console.log(
      `${name.padEnd(34)} ${result.perSecond.toFixed(0).padStart(6)} accepted/s  p50 ${result.p50} ms  p99 ${result.p99} ms  failed ${result.failed}`,
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rate = (name: string) =>
    runs.filter((run) => run.name.startsWith(name)).map((run) => run.result.perSecond);
  const ours = median(rate('Trygg'));
  const base = median(rate('baseline'));
  const ratio = median(rate('Trygg').map((value, round) => value / rate('baseline')[round]));
  const p99 = Math.max(...runs.filter((run) => run.name.startsWith('Trygg')).map((run) => run.result.p99));
  console.log(
    `\nMedians of ${rounds} rounds: Trygg ${ours.toFixed(0)}/s, baseline ${base.toFixed(0)}/s, ratio ${ratio.toFixed(2)}`,
  );
  console.log(
    `Budget: ≥ 1000/s ${ours >= 1000 ? 'met' : 'NOT met'}, p99 < 100 ms ${p99 < 100 ? 'met' : 'NOT met'} (worst run ${p99} ms), ratio ≥ 0.5 ${ratio >= 0.5 ? 'met' : 'NOT met'}`,
  );
}

await main();
