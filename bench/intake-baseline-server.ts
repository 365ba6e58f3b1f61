import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

/**
 * The baseline of bench/report-intake.ts: a bare node:http server that parses the same JSON
 * body and inserts the same report row with node-postgres, with no framework, validation,
 * place lookup, timeline row or idempotency. Trygg's intake is measured against it in the same run.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const organizationId = process.env.BENCH_ORGANIZATION_ID as string;
const categoryId = process.env.BENCH_CATEGORY_ID as string;

const server = http.createServer((request, response) => {
  if (request.method === 'GET') return void response.end('ok'); // health probe of the bench
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', async () => {
    try {
      const input = JSON.parse(body);
      await pool.query(
        `insert into reports (organization_id, id, tracking_code, category_id, status, source, lon, lat, description, locale, content_hash)
         values ($1, $2, $3, $4, 'new', 'web', $5, $6, $7, $8, $9)`,
        [
          organizationId,
          input.id,
          randomBytes(8).toString('hex'),
          categoryId,
          input.position.lon,
          input.position.lat,
          input.description,
          input.locale,
          createHash('sha256').update(body).digest('hex'),
        ],
      );
      response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: input.id }));
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
