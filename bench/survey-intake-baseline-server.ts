import http from 'node:http';
import pg from 'pg';

/**
 * The baseline of bench/survey-intake.ts: a bare node:http server that parses the same answer
 * sheet and inserts its response and scale answers in one statement with node-postgres — no
 * framework, validation, code or link check, idempotency, mixing buffer or rollup queue. Trygg's
 * survey intake is measured against it in the same run.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const organizationId = process.env.BENCH_ORGANIZATION_ID as string;
const waveId = process.env.BENCH_WAVE_ID as string;
const areaId = process.env.BENCH_AREA_ID as string;

const insert = `
  with response as (
    insert into survey_responses (organization_id, id, wave_id, area_id, answered_month, channel)
    values ($1, gen_random_uuid(), $2, $3, date_trunc('month', current_date)::date, 'open_link')
    returning id)
  insert into survey_answers (organization_id, response_id, question_key, value, dont_know)
  select $1, r.id, a.key, case when a.value = '"dont_know"' then null else a.value::text::smallint end,
         a.value = '"dont_know"'
    from response r, jsonb_each($4::jsonb) as a(key, value)`;

const server = http.createServer((request, response) => {
  if (request.method === 'GET') return void response.end('ok'); // health probe of the bench
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', async () => {
    try {
      const input = JSON.parse(body);
      await pool.query(insert, [organizationId, waveId, areaId, JSON.stringify(input.answers)]);
      response.writeHead(201, { 'content-type': 'application/json' }).end('{"received":true}');
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
