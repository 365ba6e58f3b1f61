import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { defaultQuestions } from '../common/surveys/question-bank';
import { buildApp } from '../server/app';
import { testConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { surveyWaves } from '../server/db/schema';
import { largeAnswerFile, largeFileAreas, windows1252 } from '../server/modules/surveys/import/test-csv';
import { importForm } from '../server/modules/surveys/test-import';
import { createTestWave } from '../server/modules/surveys/testing';
import {
  type Client,
  clientFor,
  createArea,
  createOrganization,
  createUser,
} from '../server/testing/factories';

/**
 * `npm run bench:survey-import-db [-- rows…]`: the whole survey answer import through HTTP —
 * upload, decode, read, check, bulk insert and the rollup rebuild, in one transaction — on a
 * Swedish Excel vendor file (Windows-1252, semicolons, 12 questions per response), on in-memory
 * PGlite and, when DATABASE_URL is set, on PostgreSQL. The budget is 60 s for 100 000 responses.
 * Baseline, measured in the same run on the same database: the bare INSERT of the same number of
 * responses and answers from one prepared JSON parameter each (no parsing, checks or rollups).
 */
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length > 0 ? sizes : [10_000, 100_000];

async function organizationWithWave(app: FastifyInstance) {
  const organization = await createOrganization(app);
  const areaIds: string[] = [];
  for (const code of largeFileAreas) areaIds.push((await createArea(app, organization.id, { code })).id);
  const wave = await createTestWave(app, { organizationId: organization.id, areaIds });
  await app.db
    .update(surveyWaves)
    .set({ questionKeys: defaultQuestions.map((q) => q.key) })
    .where(sql`${surveyWaves.id} = ${wave.id}`);
  const user = await createUser(app, { organizationId: organization.id, role: 'admin' });
  return { admin: await clientFor(app, user.id, organization.id), wave, areaIds };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, (performance.now() - started) / 1000];
}

/** The import through HTTP: preview for the suggested mapping, then the import without the house column. */
async function importFile(admin: Client, waveId: string, bytes: Uint8Array) {
  const url = `/api/survey-waves/${waveId}/import`;
  const preview = await admin.request({ method: 'POST', url: `${url}/preview`, ...importForm(bytes) });
  // The file's house numbers are made up; the vendor file is imported at area level.
  const mapping = { ...preview.json().suggestedMapping, buildingExternalId: null, entranceLabel: null };
  const [response, seconds] = await timed(() =>
    admin.request({ method: 'POST', url, ...importForm(bytes, mapping) }),
  );
  if (response.statusCode !== 201) throw new Error(`import failed: ${response.body.slice(0, 500)}`);
  return seconds;
}

/** The floor: the same number of rows inserted as bare JSON, nothing checked or summed. */
async function bareInsert(
  app: FastifyInstance,
  setup: Awaited<ReturnType<typeof organizationWithWave>>,
  count: number,
) {
  const organizationId = setup.admin.organizationId;
  const responses = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    area_id: setup.areaIds[i % setup.areaIds.length],
  }));
  const answers = responses.flatMap((r, i) =>
    defaultQuestions
      .slice(0, 11)
      .map((q, j) => ({ response_id: r.id, question_key: q.key, value: ((i + j) % 4) + 1 })),
  );
  const [, seconds] = await timed(() =>
    app.db.transaction(async (tx) => {
      // As the import does: fresh statistics, so foreign-key checks use the primary key.
      await tx.execute(sql`analyze survey_responses`);
      await tx.execute(sql`insert into survey_responses (organization_id, id, wave_id, area_id, answered_month, channel)
        select ${organizationId}::uuid, id, ${setup.wave.id}::uuid, area_id, '2019-03-01', 'import'
        from json_to_recordset(${JSON.stringify(responses)}::json) as x(id uuid, area_id uuid)`);
      await tx.execute(sql`insert into survey_answers (organization_id, response_id, question_key, value)
        select ${organizationId}::uuid, response_id, question_key, value
        from json_to_recordset(${JSON.stringify(answers)}::json) as x(response_id uuid, question_key text, value smallint)`);
    }),
  );
  return seconds;
}

async function benchDatabase(label: string, url: string | undefined) {
  const database = await openDatabase({ url, dataDir: 'memory://' });
  await database.migrate();
  const app = await buildApp({ config: testConfig({ DATABASE_URL: url }), db: database.db });
  await app.ready();
  // Warm up (JIT, prepared plans) on a small file first.
  const warmUp = await organizationWithWave(app);
  await importFile(warmUp.admin, warmUp.wave.id, windows1252(largeAnswerFile(500)));
  for (const count of counts) {
    const bytes = windows1252(largeAnswerFile(count));
    const setup = await organizationWithWave(app);
    const seconds = await importFile(setup.admin, setup.wave.id, bytes);
    const baseline = await bareInsert(app, await organizationWithWave(app), count);
    console.log(
      `${label}: ${count.toLocaleString('en')} responses (${(bytes.length / 1e6).toFixed(1)} MB): import ${seconds.toFixed(1)} s, bare insert ${baseline.toFixed(1)} s, ${(seconds / baseline).toFixed(1)}× the baseline${seconds > 60 ? '  OVER THE 60 s BUDGET' : ''}`,
    );
  }
  await app.close();
  await database.close();
}

await benchDatabase('PGlite', undefined);
if (process.env.DATABASE_URL) await benchDatabase('PostgreSQL', process.env.DATABASE_URL);
