import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import {
  surveyAnswers,
  surveyChoiceAnswers,
  surveyCodes,
  surveyMapPoints,
  surveyResponses,
  surveyTextAnswers,
} from '../../db/schema';
import { AppError } from '../../platform/errors';
import { hashToken } from '../../platform/ids';
import type { CheckedSheet } from './response-sheet';
import { addToRollups, type RollupResponse } from './rollups';

export type ResponseChannel = 'code' | 'open_link' | 'paper' | 'api';

export type RecordInput = {
  organizationId: string;
  waveId: string;
  channel: ResponseChannel;
  place: { areaId: string; buildingId: string | null; entranceId: string | null };
  /** Channel 'code': the hash of the letter's code, marked used in the same transaction. */
  codeHash?: string;
  /** The client's id of this submission; only its hash is kept, to recognise a retry. */
  submissionId: string;
  sheet: CheckedSheet;
};

/** created: false when the submission had been received before (a retry, or a double tap). */
export type RecordResult = { received: true; created: boolean };

export const submissionHash = (submissionId: string): string => hashToken(submissionId.toLowerCase());

/** Thrown inside the transaction to roll it back when the submission turns out to be stored. */
class AlreadyReceived extends Error {}

/**
 * The one way an answer sheet is stored, whatever the channel. In one transaction: the code is
 * marked used (today's date only, invitation address cleared), the response gets a random v4 id
 * and only the month, then its answers (scale, own choice and own text), the map points (not linked to it) and the rollups. A
 * code used by another submission → 409 survey_code_used; the same submission again → received,
 * nothing written. The response row never names the code or the household.
 */
export async function recordResponse(tx: Tx, input: RecordInput): Promise<RecordResult> {
  const hash = submissionHash(input.submissionId);
  // No look-up first: a retry is told apart by the code already claimed by this submission or by
  // the unique submission hash, so a first submission (nearly all of them) costs no extra query.
  try {
    await tx.transaction((inner) => writeResponse(inner, input, hash));
  } catch (error) {
    if (error instanceof AlreadyReceived || isSubmissionClash(error))
      return { received: true, created: false };
    throw error;
  }
  return { received: true, created: true };
}

async function writeResponse(tx: Tx, input: RecordInput, hash: string) {
  if (input.codeHash) await claimCode(tx, input.organizationId, input.codeHash, hash);
  const response = await insertResponse(tx, input, hash);
  const { organizationId, waveId, place, sheet } = input;
  if (sheet.answers.length > 0)
    await tx
      .insert(surveyAnswers)
      .values(sheet.answers.map((a) => ({ ...a, organizationId, responseId: response.id })));
  if (sheet.choices.length > 0)
    await tx
      .insert(surveyChoiceAnswers)
      .values(sheet.choices.map((c) => ({ ...c, organizationId, responseId: response.id })));
  if (sheet.texts.length > 0)
    await tx
      .insert(surveyTextAnswers)
      .values(sheet.texts.map((t) => ({ ...t, organizationId, responseId: response.id })));
  // Random ids, and nothing that names the response: a marked place cannot be traced to a sheet.
  if (sheet.mapPoints.length > 0)
    await tx.insert(surveyMapPoints).values(
      sheet.mapPoints.map((p) => ({
        organizationId,
        id: crypto.randomUUID(),
        waveId,
        areaId: place.areaId,
        ...p,
      })),
    );
  await addToRollups(tx, response.rollup, sheet.answers);
}

/** Whether this submission has been stored already (by any channel). */
export const wasReceived = (tx: Tx, submissionId: string) => isReceived(tx, submissionHash(submissionId));

async function isReceived(tx: Tx, hash: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(eq(surveyResponses.submissionHash, hash))
    .limit(1);
  return row !== undefined;
}

/**
 * Marks the code used. A concurrent second use waits for the first one's row lock and then finds
 * the code used: 0 rows. That is this very submission when a double tap raced (→ received),
 * otherwise another one (→ 409), or the code ran out meanwhile (→ 410).
 */
async function claimCode(tx: Tx, organizationId: string, codeHash: string, hash: string) {
  const claimed = await tx
    .update(surveyCodes)
    .set({ usedOn: sql`current_date`, inviteEmail: null })
    .where(
      and(
        eq(surveyCodes.organizationId, organizationId),
        eq(surveyCodes.codeHash, codeHash),
        isNull(surveyCodes.usedOn),
        sql`(${surveyCodes.expiresOn} is null or ${surveyCodes.expiresOn} >= current_date)`,
      ),
    )
    .returning({ id: surveyCodes.id });
  if (claimed.length > 0) return;
  if (await isReceived(tx, hash)) throw new AlreadyReceived();
  const [code] = await tx
    .select({ usedOn: surveyCodes.usedOn })
    .from(surveyCodes)
    .where(and(eq(surveyCodes.organizationId, organizationId), eq(surveyCodes.codeHash, codeHash)));
  throw new AppError(code?.usedOn ? 'survey_code_used' : 'survey_closed');
}

async function insertResponse(tx: Tx, input: RecordInput, hash: string) {
  const { sheet } = input;
  const row = {
    organizationId: input.organizationId,
    waveId: input.waveId,
    ...input.place,
    channel: input.channel,
    ageGroup: sheet.ageGroup,
    gender: sheet.gender,
    yearsInArea: sheet.yearsInArea,
  };
  const [inserted] = await tx
    .insert(surveyResponses)
    .values({
      ...row,
      // Random, not time-ordered: a v7 id's timestamp could be matched with the code's use.
      id: crypto.randomUUID(),
      answeredMonth: sql`date_trunc('month', current_date)::date`,
      freeText: sheet.freeText,
      submissionHash: hash,
    })
    .onConflictDoNothing({ target: surveyResponses.submissionHash })
    .returning({ id: surveyResponses.id, answeredMonth: surveyResponses.answeredMonth });
  // The same submission committed by a concurrent request since the check above.
  if (!inserted) throw new AlreadyReceived();
  const rollup: RollupResponse = {
    ...row,
    buildingId: row.buildingId,
    answeredMonth: inserted.answeredMonth,
  };
  return { id: inserted.id, rollup };
}

/** A unique violation on the submission hash: the same submission, raced past every check. */
function isSubmissionClash(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as { code?: string; constraint?: string; cause?: unknown };
    if (e.code === '23505' && /submission_hash/.test(e.constraint ?? '')) return true;
    current = e.cause;
  }
  return false;
}
