import pg from 'pg';
import { dropDatabase, recreateDatabase } from '../server/seed/fresh-database';
import { login, median, p95, startTrygg } from './bench-server';

/**
 * `npm run bench:map`: the staff map with 100,000 reports in one organization. For several
 * viewports, the time of GET /api/reports/map (measured at the client over loopback, so an upper
 * bound of the server time) and its payload, against the same grid aggregation run as raw SQL
 * in the same run. Budget: every viewport < 100 ms and < 200 KB.
 */
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = 'trygg_bench_map';
const total = Number(process.env.BENCH_REPORTS ?? 100_000);
const repeats = 30;

// [label, bbox, zoom]: the whole country, the municipality, one area, one street.
const viewports: [string, [number, number, number, number], number][] = [
  ['Sweden (zoom 5)', [10.5, 55, 24.5, 69], 5],
  ['Botkyrka (zoom 12)', [17.78, 59.2, 17.95, 59.28], 12],
  ['one area (zoom 15)', [17.852, 59.243, 17.87, 59.251], 15],
  ['one street (zoom 17)', [17.858, 59.246, 17.862, 59.248], 17],
];

/** Spreads `total` reports over the organization's areas' bounding boxes, over a year. */
async function fill(db: pg.Client) {
  await db.query(
    `insert into reports (organization_id, id, tracking_code, category_id, status, source, area_id, lon, lat,
       description, locale, content_hash, created_at)
     select a.organization_id, gen_random_uuid(), 'B' || lpad(n::text, 9, '0'), c.id,
       (array['new','accepted','in_progress','done'])[1 + n % 4], 'web', a.id,
       a.min_lon + random() * (a.max_lon - a.min_lon), a.min_lat + random() * (a.max_lat - a.min_lat),
       'Bench report', 'sv', 'bench', now() - (n % 365) * interval '1 day'
     from generate_series(1, $1::int) n
     join lateral (select * from areas where organization_id = (select id from organizations where slug = 'botkyrkabyggen')
                   order by code offset n % 4 limit 1) a on true
     join report_categories c on c.organization_id = a.organization_id and c.key = 'lighting'`,
    [total],
  );
  await db.query('analyze reports');
}

async function timeHttp(url: string, cookie: string, bbox: number[], zoom: number) {
  const times: number[] = [];
  let bytes = 0;
  let clusters = 0;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/api/reports/map?bbox=${bbox.join(',')}&zoom=${zoom}`, {
      headers: { cookie },
    });
    const body = await response.text();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`map failed: ${response.status} ${body}`);
    bytes = Buffer.byteLength(body);
    clusters = JSON.parse(body).clusters.length;
  }
  return { median: median(times), p95: p95(times), bytes, clusters };
}

/** The baseline: the same grid aggregation as one raw SQL query, no HTTP, no authorization. */
async function timeRaw(db: pg.Client, bbox: number[], zoom: number) {
  const cell = 360 / 2 ** zoom / 8;
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    await db.query(
      `select count(*), avg(lon), avg(lat), min(id::text) from reports
       where organization_id = (select id from organizations where slug = 'botkyrkabyggen')
         and lon between $1 and $3 and lat between $2 and $4
       group by floor(lon / $5), floor(lat / $5)`,
      [...bbox, cell],
    );
    times.push(performance.now() - started);
  }
  return { median: median(times) };
}

async function main() {
  const databaseUrl = await recreateDatabase(serverUrl, scratch);
  const trygg = await startTrygg(databaseUrl);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await fill(db);
    const cookie = await login(trygg.url);
    const count = (await db.query('select count(*)::int as n from reports')).rows[0].n;
    console.log(
      `\nStaff map, ${count} reports in the database (PostgreSQL), ${repeats} requests per viewport\n`,
    );
    let worst = 0;
    let largest = 0;
    for (const [label, bbox, zoom] of viewports) {
      const http = await timeHttp(trygg.url, cookie, bbox, zoom);
      const raw = await timeRaw(db, bbox, zoom);
      worst = Math.max(worst, http.p95);
      largest = Math.max(largest, http.bytes);
      console.log(
        `${label.padEnd(22)} HTTP median ${http.median.toFixed(1).padStart(6)} ms  p95 ${http.p95.toFixed(1).padStart(6)} ms  ` +
          `${(http.bytes / 1024).toFixed(1).padStart(6)} KB  ${String(http.clusters).padStart(4)} points  ` +
          `raw SQL median ${raw.median.toFixed(1).padStart(6)} ms  ratio ${(http.median / raw.median).toFixed(2)}`,
      );
    }
    console.log(
      `\nBudget: < 100 ms ${worst < 100 ? 'met' : 'NOT met'} (worst p95 ${worst.toFixed(1)} ms), ` +
        `< 200 KB ${largest < 200 * 1024 ? 'met' : 'NOT met'} (largest ${(largest / 1024).toFixed(1)} KB)`,
    );
  } finally {
    await db.end();
    trygg.child.kill('SIGTERM');
    await dropDatabase(serverUrl, scratch).catch(() => undefined);
  }
}

await main();
