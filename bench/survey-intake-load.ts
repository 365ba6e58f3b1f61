import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { median, p95 } from './bench-server';
import { itemKeys } from './survey-fill';

/**
 * The load half of bench/survey-analytics.ts: tenants answer through the public survey endpoint
 * (open stairwell links of an open wave, 12 items each) from `workers` concurrent clients for
 * `seconds`, while the dashboards are timed one request after another.
 */
const workers = Number(process.env.BENCH_WORKERS ?? 24);
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 20);

async function openWave(db: pg.Client) {
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
            returning id)
     select (select id from wave) as wave_id, e.public_token as token from entrances e
     where e.organization_id = (select id from org) and e.archived_at is null`,
    [JSON.stringify(itemKeys.slice(0, 11))],
  );
  return rows;
}

function sheet(waveId: string, token: string) {
  const answers: Record<string, number | 'dont_know'> = {};
  for (const key of itemKeys.slice(0, 11))
    answers[key] = Math.random() < 0.05 ? 'dont_know' : 1 + Math.floor(Math.random() * 4);
  return { submissionId: uuidv7(), open: { waveId, entranceToken: token }, answers, background: {} };
}

export async function runIntakeLoad(url: string, db: pg.Client, cookie: string, dashboardPaths: string[]) {
  const links = await openWave(db);
  const deadline = performance.now() + seconds * 1000;
  let accepted = 0;
  let refused = 0;
  const post = async () => {
    while (performance.now() < deadline) {
      const link = links[Math.floor(Math.random() * links.length)];
      const response = await fetch(`${url}/api/public/surveys/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(sheet(link.wave_id, link.token)),
      });
      await response.arrayBuffer();
      if (response.status === 201) accepted++;
      else if (++refused === 1) console.log(`first refusal: ${response.status}`);
    }
  };
  const dashboards = dashboardPaths.map(() => [] as number[]);
  const watch = async () => {
    while (performance.now() < deadline) {
      for (const [i, path] of dashboardPaths.entries()) {
        const started = performance.now();
        const response = await fetch(`${url}${path}`, { headers: { cookie } });
        await response.arrayBuffer();
        dashboards[i].push(performance.now() - started);
      }
    }
  };
  const started = performance.now();
  await Promise.all([...Array.from({ length: workers }, post), watch()]);
  const elapsed = (performance.now() - started) / 1000;
  const rate = accepted / elapsed;
  const lines = dashboardPaths.map(
    (path, i) =>
      `  during load ${path.split('?')[0].padEnd(32)} median ${median(dashboards[i]).toFixed(1)} ms p95 ${p95(dashboards[i]).toFixed(1)} ms (${dashboards[i].length} requests)`,
  );
  const summary =
    `Load: ${workers} clients × ${seconds} s through POST /api/public/surveys/responses: ${accepted} responses accepted ` +
    `(${rate.toFixed(0)} responses/s = ${(rate * 11).toFixed(0)} item answers/s), ${refused} refused\n${lines.join('\n')}`;
  return { summary, rate };
}
