import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { median, p95 } from './bench-server';
import { itemKeys } from './survey-fill';

/**
 * The load half of bench/survey-analytics.ts: tenants answer through the public survey endpoint
 * (open stairwell links of an open wave, 11 items each) while the dashboards are timed one
 * request after another. Runs of `seconds` each:
 * - paced: answer sheets arrive at a steady rate whatever the server does (open loop, at most
 *   `maxInFlight` waiting), once per rate in BENCH_LOAD_RATES — by default 46 sheets/s (500 item
 *   answers/s) and 500 sheets/s (5,500 item answers/s): the budget "answers keep arriving at
 *   ≥ 500 per second" read both ways;
 * - full speed: `workers` clients post back to back — what the machine can take.
 */
const workers = Number(process.env.BENCH_WORKERS ?? 24);
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const rates = (process.env.BENCH_LOAD_RATES ?? '46,500').split(',').map(Number);
const maxInFlight = 256;

export async function openWave(db: pg.Client) {
  const { rows } = await db.query<{ wave_id: string; token: string }>(
    `with org as (select id from organizations where slug = 'botkyrkabyggen'),
          areas_with_entrances as (
            select distinct b.area_id from entrances e
            join buildings b on b.organization_id = e.organization_id and b.id = e.building_id
            where e.organization_id = (select id from org)),
          wave as (
            insert into survey_waves (organization_id, id, name, kind, starts_on, question_keys, area_ids, status)
            select (select id from org), gen_random_uuid(), 'Belastningsprov', 'wave', current_date,
                   $1::jsonb, (select jsonb_agg(area_id) from areas_with_entrances), 'open'
            returning id),
          -- Each stairwell's open link in the wave: its own token (what the notice carries).
          links as (
            insert into survey_open_links (organization_id, wave_id, entrance_id, token)
            select e.organization_id, (select id from wave), e.id, replace(gen_random_uuid()::text, '-', '')
              from entrances e
             where e.organization_id = (select id from org) and e.archived_at is null
            returning wave_id, token)
     select wave_id, token from links`,
    [JSON.stringify(itemKeys.slice(0, 11))],
  );
  return rows;
}

export function sheet(token: string) {
  const answers: Record<string, number | 'dont_know'> = {};
  for (const key of itemKeys.slice(0, 11))
    answers[key] = Math.random() < 0.05 ? 'dont_know' : 1 + Math.floor(Math.random() * 4);
  return { submissionId: uuidv7(), open: { token }, answers, background: {} };
}

type Link = { wave_id: string; token: string };

/** Posts one sheet to a random stairwell link; true when it was accepted. */
async function postSheet(url: string, links: Link[]): Promise<boolean> {
  const link = links[Math.floor(Math.random() * links.length)];
  const response = await fetch(`${url}/api/public/surveys/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sheet(link.token)),
  });
  await response.arrayBuffer();
  if (response.status !== 201) console.log(`refused: ${response.status}`);
  return response.status === 201;
}

/** Times the dashboards one request after another until the deadline. */
async function watchDashboards(url: string, cookie: string, paths: string[], deadline: number) {
  const samples = paths.map(() => [] as number[]);
  while (performance.now() < deadline) {
    for (const [i, path] of paths.entries()) {
      const started = performance.now();
      const response = await fetch(`${url}${path}`, { headers: { cookie } });
      await response.arrayBuffer();
      samples[i].push(performance.now() - started);
    }
  }
  return samples;
}

/** Sheets at a steady `rate` per second; counts those accepted, refused and not sent. */
function pacedArrivals(rate: number) {
  return async (url: string, links: Link[], deadline: number) => {
    const counts = { accepted: 0, refused: 0, dropped: 0 };
    const pending = new Set<Promise<void>>();
    const started = performance.now();
    let sent = 0;
    while (performance.now() < deadline) {
      const due = Math.floor(((performance.now() - started) / 1000) * rate);
      for (; sent < due; sent++) {
        // The server fell behind so far that the client would only queue: count it, do not send.
        if (pending.size >= maxInFlight) {
          counts.dropped++;
          continue;
        }
        const request = postSheet(url, links).then((ok) => {
          if (ok) counts.accepted++;
          else counts.refused++;
          pending.delete(request);
        });
        pending.add(request);
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await Promise.all(pending);
    return counts;
  };
}

/** Sheets from `workers` clients back to back. */
async function fullSpeedArrivals(url: string, links: Link[], deadline: number) {
  const counts = { accepted: 0, refused: 0, dropped: 0 };
  const client = async () => {
    while (performance.now() < deadline) {
      if (await postSheet(url, links)) counts.accepted++;
      else counts.refused++;
    }
  };
  await Promise.all(Array.from({ length: workers }, client));
  return counts;
}

export async function runIntakeLoad(url: string, db: pg.Client, cookie: string, dashboardPaths: string[]) {
  const links = await openWave(db);
  const runs = [
    ...rates.map((rate) => ({ name: `paced at ${rate} sheets/s`, arrivals: pacedArrivals(rate) })),
    { name: `full speed, ${workers} clients`, arrivals: fullSpeedArrivals },
  ];
  const lines: string[] = [];
  const accepted: number[] = [];
  for (const run of runs) {
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const [counts, samples] = await Promise.all([
      run.arrivals(url, links, deadline),
      watchDashboards(url, cookie, dashboardPaths, deadline),
    ]);
    const elapsed = (performance.now() - started) / 1000;
    const rate = counts.accepted / elapsed;
    accepted.push(rate);
    lines.push(
      `Load ${run.name} × ${seconds} s through POST /api/public/surveys/responses: ${counts.accepted} sheets accepted ` +
        `(${rate.toFixed(0)} sheets/s = ${(rate * 11).toFixed(0)} item answers/s), ${counts.refused} refused, ` +
        `${counts.dropped} not sent (server behind)`,
      ...dashboardPaths.map(
        (path, i) =>
          `  during load ${path.split('?')[0].padEnd(32)} median ${median(samples[i]).toFixed(1)} ms p95 ${p95(samples[i]).toFixed(1)} ms (${samples[i].length} requests)`,
      ),
    );
  }
  return { summary: lines.join('\n'), rates: accepted };
}
