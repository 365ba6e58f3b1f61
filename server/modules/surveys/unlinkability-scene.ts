import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildApp } from '../../app';
import { testConfig } from '../../config';
import { mailOutbox } from '../../db/schema';
import { tenantClient } from '../public-reports/test-public';
import { askOwnQuestions } from '../public-surveys/test-own-questions';
import { issueCode, sheet, surveySetup } from '../public-surveys/test-surveys';
import { surveyCodeHash } from './codes';
import { flushSurveyBuffer } from './sheet-buffer-flush';
import { unlinkabilityDatabase } from './unlinkability-database';

/** How a sheet came in: a letter's code, an e-mailed invitation, a stairwell's open link, paper. */
export type Channel = 'letter' | 'invitation' | 'open' | 'paper';

/** One sheet as the test sent it: its place in the order of arrival, and its code's hash. */
export type Arrival = { index: number; channel: Channel; codeHash: string | null };

/** The number of sheets; they arrive in this order and are stored in one batch. */
export const sheetCount = 40;

/** Letters take two of five places in the order of arrival, the other channels one each. */
const channelAt = (index: number): Channel =>
  (['letter', 'letter', 'invitation', 'open', 'paper'] as const)[index % 5] as Channel;

/** What the test knows and an attacker wants: which sheet is which (hidden in its texts). */
export const truthText = (index: number) => `Svar nummer ${index}`;
export const wishText = (index: number) => `Önskan ${index}`;
/** Marked places differ per sheet, so a map point's sheet is known to the test. */
export const pointLon = (index: number) => 17.951 + index * 0.00001;

/**
 * A wave (continuous, so it takes invitations, asking own choice and text questions) in an
 * organization of its own database; 40 sheets through the four channels, interleaved, every code
 * issued or invited by the ordinary routes or factories; then one flush stores them (k = 40).
 */
export async function answeredScene() {
  const database = await unlinkabilityDatabase();
  const config = testConfig({
    DATABASE_URL: database.url,
    PUBLIC_SURVEY_RESPONSES_PER_MINUTE: 10_000,
    PUBLIC_SURVEY_LINK_RESPONSES_PER_HOUR: 10_000,
  });
  const app = await buildApp({ config, db: database.db });
  await app.ready();
  const setup = await surveySetup(app);
  await app.db.execute(sql`update survey_waves set kind = 'continuous'
    where organization_id = ${setup.organizationId} and id = ${setup.wave.id}`);
  await askOwnQuestions(app, setup.organizationId, setup.wave.id);
  const arrivals: Arrival[] = [];
  for (let index = 0; index < sheetCount; index++) {
    const channel = channelAt(index);
    const code = await codeFor(app, setup, channel);
    arrivals.push({ index, channel, codeHash: code ? surveyCodeHash(code) : null });
    await answer(app, setup, channel, index, code);
  }
  const stored = await flushSurveyBuffer(app.db, { minBatch: sheetCount });
  expect(stored).toBe(sheetCount);
  return { app, database, setup, arrivals };
}

type Setup = Awaited<ReturnType<typeof surveySetup>>;

/** A letter's code (factory, as the print run stores it) or an invitation's (mailed by the route). */
async function codeFor(app: FastifyInstance, setup: Setup, channel: Channel): Promise<string | null> {
  if (channel === 'letter') return issueCode(app, setup);
  if (channel !== 'invitation') return null;
  const email = `tenant-${crypto.randomUUID()}@test.trygg.local`;
  const invited = await setup.admin.post(`/api/survey-waves/${setup.wave.id}/invitations`, {
    entranceId: setup.entranceId,
    email,
    reason: 'work_order_done',
  });
  expect(invited.statusCode, invited.body).toBe(201);
  const [mail] = await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
  return /\/s\/([A-Z0-9]{12})\b/.exec(mail?.body ?? '')?.[1] ?? null;
}

async function answer(
  app: FastifyInstance,
  setup: Setup,
  channel: Channel,
  index: number,
  code: string | null,
) {
  const own = {
    choices: { own_transport: [['walk', 'bus', 'car'][index % 3] as string] },
    texts: { own_wish: wishText(index) },
  };
  if (channel === 'paper') {
    const keyed = await setup.admin.post(`/api/survey-waves/${setup.wave.id}/paper-responses`, {
      ...sheet({ freeText: truthText(index), mapPoints: undefined, ...own }),
      areaId: setup.areaId,
      buildingId: setup.buildingId,
      entranceId: setup.entranceId,
    });
    expect(keyed.statusCode, keyed.body).toBe(201);
    return;
  }
  const via = code ? { code } : { open: { token: setup.openToken } };
  const body = {
    ...sheet({ freeText: truthText(index), mapPoints: [{ lon: pointLon(index), lat: 59.211 }] }),
  };
  const sent = await tenantClient(app).post('/api/public/surveys/responses', { ...body, ...own, ...via });
  expect(sent.statusCode, sent.body).toBe(201);
}
