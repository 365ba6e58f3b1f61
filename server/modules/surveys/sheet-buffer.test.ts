import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { testConfig } from '../../config';
import { tenantClient } from '../public-reports/test-public';
import { codeRow, issueCode, rows, sheet, surveySetup } from '../public-surveys/test-surveys';
import { surveyCodeHash } from './codes';
import { claimHash } from './record-response';
import { flushSurveyBuffer } from './sheet-buffer-flush';
import { unlinkabilityDatabase } from './unlinkability-database';

// A database of its own: the buffer is the installation's, and other tests' sheets must not count.
let database: Awaited<ReturnType<typeof unlinkabilityDatabase>>;
let app: FastifyInstance;
beforeAll(async () => {
  database = await unlinkabilityDatabase();
  const config = testConfig({
    DATABASE_URL: database.url,
    SURVEY_MIX_MIN_BATCH: 10,
    SURVEY_MIX_MAX_WAIT_SECONDS: 1,
    PUBLIC_SURVEY_RESPONSES_PER_MINUTE: 10_000,
    PUBLIC_SURVEY_LINK_RESPONSES_PER_HOUR: 10_000,
  });
  app = await buildApp({ config, db: database.db });
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const k = 10;
const flush = () => flushSurveyBuffer(app.db, { minBatch: k });
const stored = async (organizationId: string) =>
  (
    await rows<{ n: number }>(
      app,
      sql`select count(*)::int as n from survey_responses where organization_id = ${organizationId}`,
    )
  )[0]?.n;
const waiting = async () =>
  (await rows<{ n: number }>(app, sql`select count(*)::int as n from survey_sheet_buffer`))[0]?.n;

async function answerByLink(setup: Awaited<ReturnType<typeof surveySetup>>, times: number) {
  for (let i = 0; i < times; i++) {
    const sent = await tenantClient(app).post('/api/public/surveys/responses', {
      ...sheet(),
      open: { token: setup.openToken },
    });
    expect(sent.statusCode, sent.body).toBe(201);
  }
}

describe('the survey mixing buffer', () => {
  it('holds fewer than k sheets until a lone sheet has waited its random delay; k go at once; figures count them once stored', async () => {
    const setup = await surveySetup(app);
    const detail = async () => (await setup.admin.get(`/api/survey-waves/${setup.wave.id}`)).json();
    expect((await detail()).answerDelay).toEqual({ minSheets: 10, maxSeconds: 1 });
    await answerByLink(setup, 3);
    expect(await flush()).toBe(0);
    expect(await waiting()).toBe(3);
    expect((await detail()).responses).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await flush()).toBe(3);
    expect((await detail()).responses).toBe(3);
    await answerByLink(setup, k);
    expect(await flush()).toBe(k);
    expect(await waiting()).toBe(0);
    expect((await detail()).responses).toBe(3 + k);
  });

  it('keeps nothing of the code on the buffered sheet, and stores a retried submission once, before and after the flush', async () => {
    const setup = await surveySetup(app);
    const code = await issueCode(app, setup);
    const body = { ...sheet(), code };
    expect((await tenantClient(app).post('/api/public/surveys/responses', body)).statusCode).toBe(201);
    const [buffered] = await rows<{ sheet: string }>(app, sql`select sheet::text from survey_sheet_buffer`);
    for (const trace of [
      surveyCodeHash(code),
      claimHash(body.submissionId),
      (await codeRow(app, code))?.id ?? '?',
    ])
      expect(buffered?.sheet).not.toContain(trace);
    expect((await tenantClient(app).post('/api/public/surveys/responses', body)).statusCode).toBe(200);
    await flushSurveyBuffer(app.db, { minBatch: k, force: true });
    expect((await tenantClient(app).post('/api/public/surveys/responses', body)).statusCode).toBe(200);
    const other = await tenantClient(app).post('/api/public/surveys/responses', { ...sheet(), code });
    expect(other.statusCode).toBe(409);
    await flushSurveyBuffer(app.db, { minBatch: k, force: true });
    expect(await stored(setup.organizationId)).toBe(1);
    // The code keeps a keyed hash of the submission, which nothing on the response equals.
    const used = await codeRow(app, code);
    expect(used?.claimHash).toBe(claimHash(body.submissionId));
    const [response] = await rows<{ json: string }>(
      app,
      sql`select row_to_json(r)::text as json from survey_responses r where organization_id = ${setup.organizationId}`,
    );
    expect(response?.json).not.toContain(used?.claimHash);
  });

  it('stores the sheet of a submission whose code was claimed but whose sheet was lost (killed between the two)', async () => {
    const setup = await surveySetup(app);
    const code = await issueCode(app, setup);
    const body = { ...sheet(), code };
    // What a process killed after the claim's commit leaves: the code used by this submission, no sheet.
    await app.db.execute(sql`update survey_codes set used_on = current_date, claim_hash = ${claimHash(body.submissionId)}
      where code_hash = ${surveyCodeHash(code)}`);
    const retry = await tenantClient(app).post('/api/public/surveys/responses', body);
    expect(retry.statusCode, retry.body).toBe(201);
    await flushSurveyBuffer(app.db, { minBatch: k, force: true });
    expect(await stored(setup.organizationId)).toBe(1);
    expect(
      (await tenantClient(app).post('/api/public/surveys/responses', { ...sheet(), code })).statusCode,
    ).toBe(409);
  });

  it('sets a sheet that cannot be stored aside for an hour and stores the others', async () => {
    const setup = await surveySetup(app);
    await answerByLink(setup, 2);
    const [good] = await rows<{ sheet: string }>(
      app,
      sql`select sheet::text from survey_sheet_buffer limit 1`,
    );
    const orphan = { ...JSON.parse(good?.sheet ?? '{}'), waveId: crypto.randomUUID() };
    await app.db.execute(sql`insert into survey_sheet_buffer (organization_id, id, submission_hash, sheet, flush_after)
      values (${setup.organizationId}, gen_random_uuid(), 'orphan', ${JSON.stringify(orphan)}::jsonb, now())`);
    const warnings: object[] = [];
    const log = { warn: (details: object) => void warnings.push(details) };
    expect(await flushSurveyBuffer(app.db, { minBatch: k, force: true, log })).toBe(2);
    expect(warnings).toHaveLength(1);
    const left = await rows<{ hash: string; later: boolean }>(
      app,
      sql`select submission_hash as hash, flush_after > now() + interval '50 minutes' as later from survey_sheet_buffer`,
    );
    expect(left).toEqual([{ hash: 'orphan', later: true }]);
    expect(await flush()).toBe(0);
    await app.db.execute(sql`delete from survey_sheet_buffer`);
  });
});
