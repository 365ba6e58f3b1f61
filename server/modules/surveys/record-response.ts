import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { surveyCodes, surveyResponses } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { hashToken } from '../../platform/ids';
import type { CheckedSheet } from './response-sheet';

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
 * The one way an answer sheet is stored, whatever the channel. A letter's code is first marked
 * used (today's date only, invitation address cleared) in the same transaction; then ONE
 * statement writes the response (a random v4 id and only the month), its answers (scale, own
 * choice and own text), the map points (not linked to it) and its place in the rollup queue. A code used by
 * another submission → 409 survey_code_used; the same submission again → received, nothing
 * written. The response row never names the code or the household.
 */
export async function recordResponse(tx: Tx, input: RecordInput): Promise<RecordResult> {
  const hash = submissionHash(input.submissionId);
  // No look-up first: a retry is told apart by the code already claimed by this submission or by
  // the unique submission hash, so a first submission (nearly all of them) costs one statement,
  // or three with a code (claim, write, commit).
  try {
    const created = input.codeHash
      ? await tx.transaction(async (inner) => {
          await claimCode(inner, input.organizationId, input.codeHash as string, hash);
          return writeSheet(inner, input, hash);
        })
      : await writeSheet(tx, input, hash);
    return { received: true, created };
  } catch (error) {
    if (error instanceof AlreadyReceived || isSubmissionClash(error))
      return { received: true, created: false };
    throw error;
  }
}

/** JSON for json_to_recordset: one parameter, where an array would be spread into a tuple. */
const json = (rows: readonly object[]) => sql`${JSON.stringify(rows)}::json`;

/**
 * Writes the sheet in one statement (atomic by itself). The response is inserted unless its
 * submission hash is stored already; every other row is selected from the inserted response, so
 * a retry writes nothing. False when it was a retry.
 */
async function writeSheet(tx: Tx, input: RecordInput, hash: string): Promise<boolean> {
  const { organizationId: org, waveId, place, sheet } = input;
  const id = crypto.randomUUID(); // random, not time-ordered: a v7 id's time could be matched with the code's use
  const result = (await tx.execute(sql`
    with response as (
      insert into survey_responses
        (organization_id, id, wave_id, area_id, building_id, entrance_id, answered_month, channel,
         age_group, gender, years_in_area, free_text, submission_hash)
      values (${org}, ${id}, ${waveId}, ${place.areaId}, ${place.buildingId}, ${place.entranceId},
              date_trunc('month', current_date)::date, ${input.channel}, ${sheet.ageGroup},
              ${sheet.gender}, ${sheet.yearsInArea}, ${sheet.freeText}, ${hash})
      on conflict (submission_hash) do nothing
      returning id, answered_month),
    answers as (
      insert into survey_answers (organization_id, response_id, question_key, value, dont_know)
      select ${org}, r.id, a."questionKey", a.value, a."dontKnow"
        from response r, json_to_recordset(${json(sheet.answers)})
          as a("questionKey" text, value smallint, "dontKnow" boolean)),
    choices as (
      insert into survey_choice_answers (organization_id, response_id, question_key, option_key)
      select ${org}, r.id, c."questionKey", c."optionKey"
        from response r, json_to_recordset(${json(sheet.choices)}) as c("questionKey" text, "optionKey" text)),
    texts as (
      insert into survey_text_answers (organization_id, response_id, question_key, text)
      select ${org}, r.id, t."questionKey", t.text
        from response r, json_to_recordset(${json(sheet.texts)}) as t("questionKey" text, text text)),
    -- Random ids, and nothing that names the response: a marked place cannot be traced to a sheet.
    points as (
      insert into survey_map_points (organization_id, id, wave_id, area_id, lon, lat)
      select ${org}, gen_random_uuid(), ${waveId}, ${place.areaId}, p.lon, p.lat
        from json_to_recordset(${json(sheet.mapPoints)}) as p(lon double precision, lat double precision)
       where exists (select 1 from response)),
    -- Added to the totals by compactRollups within a second; readers count it meanwhile.
    queued as (
      insert into survey_rollup_pending (organization_id, response_id) select ${org}, r.id from response r)
    select count(*)::int as created from response`)) as { rows: { created: number }[] };
  const created = Number(result.rows[0]?.created ?? 0) > 0;
  // With a code, the claim must be undone when this submission had in fact been stored before.
  if (!created && input.codeHash) throw new AlreadyReceived();
  return created;
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
