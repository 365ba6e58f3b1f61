import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { SurveySubmissionInput } from '../../../common/contracts/survey-responses';
import { defaultQuestions } from '../../../common/surveys/question-bank';
import { surveyCodes, surveyOpenLinks, surveyWaves } from '../../db/schema';
import { newId, randomToken } from '../../platform/ids';
import { publicSetup } from '../public-reports/test-public';
import { newSurveyCode, surveyCodeHash } from '../surveys/codes';
import { createTestWave } from '../surveys/testing';

/** Test helpers of survey answering: a wave asking the whole default questionnaire, and codes. */

export const allQuestionKeys = defaultQuestions.map((question) => question.key);

/** An organization with places (area with an outline, building, entrance) and an open wave. */
export async function surveySetup(app: FastifyInstance, wave: { status?: string } = {}) {
  const places = await publicSetup(app);
  const created = await createTestWave(app, {
    organizationId: places.admin.organizationId,
    areaIds: [places.areaId],
    status: wave.status,
  });
  await app.db
    .update(surveyWaves)
    .set({ questionKeys: allQuestionKeys })
    .where(
      sql`${surveyWaves.organizationId} = ${created.organizationId} and ${surveyWaves.id} = ${created.id}`,
    );
  // The stairwell's open link in this wave (what the notice carries; staff list it at open-links).
  const openToken = randomToken(16);
  await app.db.insert(surveyOpenLinks).values({
    organizationId: created.organizationId,
    waveId: created.id,
    entranceId: places.entranceId,
    token: openToken,
  });
  return { ...places, organizationId: places.admin.organizationId, wave: created, openToken };
}

type Setup = Awaited<ReturnType<typeof surveySetup>>;

/** A letter's code for the setup's apartment; returns the code as printed. */
export async function issueCode(app: FastifyInstance, setup: Setup, overrides: { expiresOn?: string } = {}) {
  const code = newSurveyCode();
  await app.db.insert(surveyCodes).values({
    organizationId: setup.organizationId,
    id: newId(),
    waveId: setup.wave.id,
    apartmentId: setup.apartmentId,
    areaId: setup.areaId,
    buildingId: setup.buildingId,
    entranceId: setup.entranceId,
    codeHash: surveyCodeHash(code),
    inviteEmail: 'tenant@example.org',
    expiresOn: overrides.expiresOn ?? null,
  });
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A complete answer sheet as the tenant page sends it. */
export function sheet(extra: Partial<SurveySubmissionInput> = {}): SurveySubmissionInput {
  return {
    submissionId: crypto.randomUUID(),
    answers: { safety_evening_area: 1, safety_stairwell: 3, safety_laundry: 'dont_know' },
    background: { ageGroup: 'age_70_plus', gender: 'woman' },
    freeText: 'Mörkt vid källardörren på kvällen',
    mapPoints: [{ lon: 17.951, lat: 59.211 }],
    ...extra,
  };
}

/** The survey_codes row of a printed code. */
export async function codeRow(app: FastifyInstance, code: string) {
  const [row] = await app.db
    .select()
    .from(surveyCodes)
    .where(eq(surveyCodes.codeHash, surveyCodeHash(code)));
  return row;
}

/** Raw rows of a query, whichever driver runs it. */
export async function rows<T = Record<string, unknown>>(app: FastifyInstance, query: ReturnType<typeof sql>) {
  return ((await app.db.execute(query)) as unknown as { rows: T[] }).rows;
}
