import type { FastifyInstance } from 'fastify';
import { defaultQuestions } from '../../../common/surveys/question-bank';
import type { Tx } from '../../db/client';
import { surveyAnswers, surveyResponses, surveyWaves } from '../../db/schema';
import { newId } from '../../platform/ids';
import { queueForRollups, type RollupResponse } from './rollups';
import { flushSurveyBuffer } from './sheet-buffer-flush';

/** The default questionnaire's scale items, as a new wave asks them. */
export const defaultScaleKeys = defaultQuestions.filter((q) => q.kind === 'scale').map((q) => q.key);

/** Test factory: a wave in the organization over the given areas (status 'open' unless told). */
export async function createTestWave(
  app: FastifyInstance,
  input: {
    organizationId: string;
    areaIds: string[];
    name?: string;
    startsOn?: string;
    kind?: string;
    status?: string;
  },
) {
  const row = {
    organizationId: input.organizationId,
    id: newId(),
    name: input.name ?? 'Testenkät',
    kind: input.kind ?? 'wave',
    startsOn: input.startsOn ?? '2026-10-01',
    endsOn: null,
    questionKeys: defaultScaleKeys,
    areaIds: input.areaIds,
    status: input.status ?? 'open',
  };
  await app.db.insert(surveyWaves).values(row);
  return row;
}

/** One test answer sheet: the response's place and background, and value per question key. */
export type TestSheet = Partial<Omit<RollupResponse, 'organizationId' | 'waveId'>> & {
  areaId: string;
  answers: Record<string, number | 'dont_know'>;
  freeText?: string;
};

/**
 * Test factory: stores answer sheets as the intake does (response, answers and rollups in one
 * transaction), without a code. answeredMonth defaults to the wave's first month.
 */
export async function addTestResponses(
  db: Tx,
  wave: { organizationId: string; id: string; startsOn: string },
  sheets: TestSheet[],
) {
  for (const sheet of sheets) {
    const response: RollupResponse = {
      organizationId: wave.organizationId,
      waveId: wave.id,
      answeredMonth: sheet.answeredMonth ?? `${wave.startsOn.slice(0, 7)}-01`,
      areaId: sheet.areaId,
      buildingId: sheet.buildingId ?? null,
      channel: sheet.channel ?? 'code',
      ageGroup: sheet.ageGroup ?? null,
      gender: sheet.gender ?? null,
      yearsInArea: sheet.yearsInArea ?? null,
    };
    const id = crypto.randomUUID();
    const answers = Object.entries(sheet.answers).map(([questionKey, value]) => ({
      questionKey,
      value: value === 'dont_know' ? null : value,
      dontKnow: value === 'dont_know',
    }));
    await db.transaction(async (tx) => {
      await tx.insert(surveyResponses).values({ ...response, id, freeText: sheet.freeText ?? null });
      if (answers.length > 0) {
        await tx
          .insert(surveyAnswers)
          .values(answers.map((a) => ({ ...a, organizationId: wave.organizationId, responseId: id })));
      }
      await queueForRollups(tx, wave.organizationId, id);
    });
  }
}

/** The number of pages of a PDF made by pdfkit (page objects are written uncompressed). */
export function pdfPageCount(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** Test factory: more apartments in an entrance, through the API (door numbers 1102, 1103, …). */
export async function addTestApartments(
  client: { post(url: string, payload?: unknown): Promise<{ statusCode: number; json(): { id: string } }> },
  entranceId: string,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await client.post('/api/apartments', {
      entranceId,
      doorNumber: String(1102 + i),
      objectId: `T-${crypto.randomUUID()}`,
    });
    if (response.statusCode !== 201) throw new Error(`apartment not created: ${response.statusCode}`);
    ids.push(response.json().id);
  }
  return ids;
}

/**
 * Stores every answer sheet waiting in the mixing buffer now (as the background loop does once k
 * wait or a lone sheet's delay is over), so a test sees the answers it just sent counted.
 */
export const flushTestSheets = (app: FastifyInstance): Promise<number> =>
  flushSurveyBuffer(app.db, { minBatch: 1, force: true });
