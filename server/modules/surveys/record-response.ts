import { createHmac } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { surveyCodes } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { hashToken } from '../../platform/ids';
import type { CheckedSheet } from './response-sheet';

export type ResponseChannel = 'code' | 'open_link' | 'paper' | 'api';

export type RecordInput = {
  organizationId: string;
  waveId: string;
  channel: ResponseChannel;
  place: { areaId: string; buildingId: string | null; entranceId: string | null };
  /** Channel 'code': the hash of the letter's code, claimed in a transaction of its own. */
  codeHash?: string;
  /** The client's id of this submission; only hashes of it are kept, to recognise a retry. */
  submissionId: string;
  sheet: CheckedSheet;
  /** The longest a lone sheet waits in the mixing buffer (config SURVEY_MIX_MAX_WAIT_SECONDS). */
  holdSeconds: number;
};

/** created: false when the submission had been received before (a retry, or a double tap). */
export type RecordResult = { received: true; created: boolean };

/** sha256 of the submission id: kept on the buffered sheet and the response, to refuse a retry. */
export const submissionHash = (submissionId: string): string => hashToken(submissionId.toLowerCase());

/**
 * What a used code keeps of the submission that used it: an HMAC under its own label, so it equals
 * nothing on a response (which keeps the plain sha256 above) and neither reveals the id.
 */
export const claimHash = (submissionId: string): string =>
  createHmac('sha256', 'trygg/survey-code-claim').update(submissionId.toLowerCase()).digest('hex');

/**
 * The one way an answer sheet is accepted, whatever the channel (docs/surveys-anonymity.md):
 * 1. a letter's or invitation's code is claimed in a transaction of its own (today's date, the
 *    invitation address cleared, the claim hash kept): another submission → 409 survey_code_used;
 * 2. the sheet goes to the mixing buffer (survey_sheet_buffer), which names no code, in a second
 *    transaction; flushSurveyBuffer stores it later among others in shuffled order.
 * "Received" is answered only after both committed. A retry of the same submission finds its own
 * claim and the sheet buffered or stored: nothing is written twice. When the process died
 * between 1 and 2, the retry buffers the sheet then. Must not run inside a caller's transaction
 * when a code is given: that would join the claim and the sheet in one transaction again.
 */
export async function recordResponse(db: Tx, input: RecordInput): Promise<RecordResult> {
  if (input.codeHash) await claimCode(db, input.organizationId, input.codeHash, input.submissionId);
  const created = await bufferSheet(db, input);
  return { received: true, created };
}

/** The buffered form of a sheet: everything the response and its answer rows will hold. */
export type BufferedSheet = CheckedSheet & {
  waveId: string;
  channel: ResponseChannel;
  place: RecordInput['place'];
  /** The first day of the month answered (not of the month stored, which may be the next). */
  answeredMonth: string;
};

/**
 * Buffers the sheet unless this submission is buffered or stored already (one statement; the
 * unique hash on both tables closes the race, and the flush skips a sheet stored meanwhile).
 * The wait is random between half and all of holdSeconds, so a lone sheet's moment of storing
 * does not follow from its arrival.
 */
async function bufferSheet(db: Tx, input: RecordInput): Promise<boolean> {
  const hash = submissionHash(input.submissionId);
  const sheet = {
    ...input.sheet,
    waveId: input.waveId,
    channel: input.channel,
    place: input.place,
  } satisfies Omit<BufferedSheet, 'answeredMonth'>;
  const result = (await db.execute(sql`
    insert into survey_sheet_buffer (organization_id, id, submission_hash, sheet, flush_after)
    select ${input.organizationId}, gen_random_uuid(), ${hash},
           ${JSON.stringify(sheet)}::jsonb
             || jsonb_build_object('answeredMonth', date_trunc('month', current_date)::date),
           now() + make_interval(secs => ${input.holdSeconds} * (0.5 + random() / 2))
     where not exists (select 1 from survey_responses where submission_hash = ${hash})
    on conflict (submission_hash) do nothing
    returning 1 as created`)) as { rows: unknown[] };
  return result.rows.length > 0;
}

/**
 * Whether this submission has been received already: its sheet buffered or stored, or (given the
 * code it came with) the code claimed by it.
 */
export async function wasReceived(db: Tx, submissionId: string, codeHash?: string): Promise<boolean> {
  if (codeHash) return (await codeClaimant(db, codeHash)) === claimHash(submissionId);
  const hash = submissionHash(submissionId);
  const result = (await db.execute(sql`
    select exists (select 1 from survey_sheet_buffer where submission_hash = ${hash})
        or exists (select 1 from survey_responses where submission_hash = ${hash}) as received`)) as {
    rows: { received: boolean }[];
  };
  return result.rows[0]?.received === true;
}

/** The claim hash of the submission that used a code (null while unused). */
async function codeClaimant(db: Tx, codeHash: string): Promise<string | null> {
  const [row] = await db
    .select({ claimHash: surveyCodes.claimHash })
    .from(surveyCodes)
    .where(eq(surveyCodes.codeHash, codeHash));
  return row?.claimHash ?? null;
}

/**
 * Marks the code used, in one statement (its own transaction). A concurrent second use waits for
 * the first one's row lock and then finds the code used: 0 rows. Claimed by this very submission
 * (a retry, a double tap) → go on; by another → 409; run out meanwhile → 410.
 */
async function claimCode(db: Tx, organizationId: string, codeHash: string, submissionId: string) {
  const claim = claimHash(submissionId);
  const claimed = await db
    .update(surveyCodes)
    .set({ usedOn: sql`current_date`, inviteEmail: null, claimHash: claim })
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
  const [code] = await db
    .select({ usedOn: surveyCodes.usedOn, claimHash: surveyCodes.claimHash })
    .from(surveyCodes)
    .where(and(eq(surveyCodes.organizationId, organizationId), eq(surveyCodes.codeHash, codeHash)));
  if (code?.claimHash === claim) return;
  throw new AppError(code?.usedOn ? 'survey_code_used' : 'survey_closed');
}
