import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { freePort, waitForHealth } from '../e2e/harness/server';
import { dropDatabase, recreateDatabase } from '../server/seed/fresh-database';

/**
 * `npm run bench:retention`: report intake's p99 while the retention job works through
 * BENCH_ROWS old rows (default 10 million: half closed reports holding contact details, half
 * outbox mail), against intake without retention, in the same run. Rounds alternate: intake
 * alone, then intake with retention running in its own process (stopped after each window by
 * SIGTERM, as a server stop would, and resumed in the next). Budget: p99 with retention within
 * 20 % of p99 without, at BENCH_RATE reports/s (default 500). BENCH_BATCH and
 * BENCH_REST_RATIO (retention's batch size, and its rest after each batch in multiples of the
 * batch's time) default to the job's own.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = 'trygg_bench_retention';
const totalRows = Number(process.env.BENCH_ROWS ?? 10_000_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
/**
 * Reports offered per second (open loop), far above any real intake (a few a second at peak), so
 * p99 measures latency, not the queue of a saturated machine; 0 posts as fast as answered.
 */
const rate = Number(process.env.BENCH_RATE ?? 500);
/** Rows per generate_series statement, so no one insert holds a lock or builds WAL for minutes. */
const chunk = 500_000;

function spawnNode(args: string[], env: NodeJS.ProcessEnv, stdout: 'ignore' | 'pipe' = 'ignore') {
  return spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

async function generate(db: pg.Client, organizationId: string, categoryId: string) {
  const half = Math.floor(totalRows / 2);
  const started = Date.now();
  for (let from = 1; from <= half; from += chunk) {
    const to = Math.min(half, from + chunk - 1);
    await db.query(
      `insert into reports (organization_id, id, tracking_code, category_id, status, source, description,
         locale, reporter_name, reporter_email, reporter_phone, content_hash, closed_at, created_at, updated_at)
       select $1, gen_random_uuid(), 'BENCH' || i, $2, 'done', 'web', 'Lampan vid entrén är trasig', 'sv',
         'Namn Namnsson', 'n' || i || '@example.se', '070-0000000', md5(i::text),
         now() - interval '4 months', now() - interval '5 months', now() - interval '4 months'
       from generate_series($3::int, $4::int) i`,
      [organizationId, categoryId, from, to],
    );
    await db.query(
      `insert into mail_outbox (id, organization_id, recipient, subject, body, created_at)
       select gen_random_uuid(), $1, 'n' || i || '@example.se', 'Din anmälan', 'Tack för din anmälan.',
         now() - interval '200 days'
       from generate_series($2::int, $3::int) i`,
      [organizationId, from, to],
    );
    process.stdout.write(
      `\rgenerated ${(to * 2).toLocaleString('en')} of ${totalRows.toLocaleString('en')} rows`,
    );
  }
  await db.query('analyze reports; analyze mail_outbox');
  console.log(` in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function load(url: string) {
  const result = await autocannon({
    url: `${url}/api/public/reports`,
    method: 'POST',
    connections,
    duration: seconds,
    ...(rate > 0 ? { overallRate: rate } : {}),
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            id: uuidv7(),
            organization: 'botkyrkabyggen',
            categoryKey: 'lighting',
            description: 'Lampan vid entrén är trasig, det är helt mörkt på kvällen.',
            position: { lon: 17.861, lat: 59.247 },
            locale: 'sv',
          }),
        }),
      },
    ],
  });
  return {
    perSecond: result['2xx'] / (result.duration || seconds),
    p99: result.latency.p99,
    failed: result.non2xx + result.errors,
  };
}

/** Retention in its own process; resolves with what it printed once it stops. */
function startRetention(databaseUrl: string, organizationId: string) {
  const child = spawnNode(
    ['--import', 'tsx', 'bench/retention-worker.ts'],
    {
      DATABASE_URL: databaseUrl,
      BENCH_ORGANIZATION_ID: organizationId,
    },
    'pipe',
  );
  let out = '';
  child.stdout?.on('data', (data) => (out += data));
  const done = new Promise<string>((resolve) => child.on('exit', () => resolve(out.trim())));
  return { child, done };
}

const retained = async (db: pg.Client) =>
  Number((await db.query('select coalesce(sum(rows), 0)::bigint as n from retention_runs')).rows[0].n);

async function main() {
  const databaseUrl = await recreateDatabase(serverUrl, scratch);
  const port = await freePort();
  let trygg: ChildProcess | null = spawnNode(['--import', 'tsx', 'server/main.ts'], {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_REPORTS_PER_MINUTE: '1000000',
  });
  const url = `http://127.0.0.1:${port}`;
  const db = new pg.Client({ connectionString: databaseUrl });
  try {
    await waitForHealth(`${url}/api/health`, 180_000, () => trygg?.exitCode !== null);
    await db.connect();
    const { rows } = await db.query(
      `select o.id as organization_id, c.id as category_id from organizations o
       join report_categories c on c.organization_id = o.id and c.key = 'lighting' where o.slug = 'botkyrkabyggen'`,
    );
    await generate(db, rows[0].organization_id, rows[0].category_id);
    await load(url); // warm-up
    const results: {
      without: Awaited<ReturnType<typeof load>>;
      with: Awaited<ReturnType<typeof load>>;
      rows: number;
    }[] = [];
    for (let round = 0; round < rounds; round++) {
      const without = await load(url);
      const before = await retained(db);
      const retention = startRetention(databaseUrl, rows[0].organization_id);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const during = await load(url);
      retention.child.kill('SIGTERM');
      console.log(`round ${round + 1}: retention ${await retention.done}`);
      results.push({ without, with: during, rows: (await retained(db)) - before });
    }
    report(results);
  } finally {
    await db.end().catch(() => undefined);
    // Let the server close its connections before the database is dropped under it.
    const server = trygg;
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    trygg = null;
    await dropDatabase(serverUrl, scratch).catch(() => undefined);
  }
}

function report(
  results: {
    without: { perSecond: number; p99: number; failed: number };
    with: { perSecond: number; p99: number; failed: number };
    rows: number;
  }[],
) {
  console.log(
    `\nReport intake while retention runs, ${totalRows.toLocaleString('en')} old rows, ${connections} connections × ${seconds} s per window, ${rate > 0 ? `${rate} reports/s offered` : 'as fast as they are answered'}, retention batches ${process.env.BENCH_BATCH ?? 'default'}, rest ${process.env.BENCH_REST_RATIO ?? 'default'}\n`,
  );
  for (const [i, r] of results.entries()) {
    console.log(
      `round ${i + 1}: without retention ${r.without.perSecond.toFixed(0)}/s p99 ${r.without.p99} ms | with retention ${r.with.perSecond.toFixed(0)}/s p99 ${r.with.p99} ms, retention changed ${r.rows.toLocaleString('en')} rows (failed requests ${r.without.failed + r.with.failed})`,
    );
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const without = median(results.map((r) => r.without.p99));
  const during = median(results.map((r) => r.with.p99));
  const ratio = during / without;
  console.log(`\nMedian p99: without ${without} ms, with retention ${during} ms, ratio ${ratio.toFixed(2)}`);
  console.log(`Budget: p99 with retention within 20 % of without: ${ratio <= 1.2 ? 'met' : 'NOT met'}`);
}

await main();
