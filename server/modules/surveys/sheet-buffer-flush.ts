import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { isDatabaseUnavailable } from '../../db/connection-errors';

export type FlushOptions = {
  /** k: sheets stored together at the least, unless a lone sheet's wait is over. */
  minBatch: number;
  /** Store whatever waits now, k or not (tests; the server never forces a small batch). */
  force?: boolean;
  /** The most sheets taken in one run; the rest wait for the next. */
  maxBatch?: number;
  /** Told of a sheet that could not be stored (it is set aside for an hour; the others go on). */
  log?: { warn(details: object, message: string): void };
};

/**
 * Stores the mixing buffer's sheets (survey_sheet_buffer; docs/surveys-anonymity.md) when at least
 * k wait or one has waited its random delay: all of them, in an order drawn at random, each sheet
 * in a transaction of its own that deletes it from the buffer and writes its response, answers,
 * map points and rollup-queue entry. So the responses' transaction ids, commit order and physical
 * order follow the draw, not the order the codes were claimed; one transaction per sheet (rather
 * than one for the batch) also keeps one bad sheet from holding back the others. The buffer is
 * then vacuumed, so the dead rows of the sheets (which sat beside their code's claim) go.
 * A plain function, so tests call it directly and the job queue can run it. Returns how many
 * sheets were stored.
 */
export async function flushSurveyBuffer(db: Tx, opts: FlushOptions): Promise<number> {
  const state = (await db.execute(sql`
    select count(*)::int as waiting, coalesce(bool_or(flush_after <= now()), false) as due
      from survey_sheet_buffer`)) as { rows: { waiting: number; due: boolean }[] };
  const { waiting = 0, due = false } = state.rows[0] ?? {};
  if (waiting === 0 || !(opts.force || due || waiting >= opts.minBatch)) return 0;
  const taken = (await db.execute(sql`
    select organization_id, id from survey_sheet_buffer limit ${opts.maxBatch ?? 5000}`)) as {
    rows: { organization_id: string; id: string }[];
  };
  let stored = 0;
  for (const row of shuffled(taken.rows)) {
    try {
      stored += await storeSheet(db, row.organization_id, row.id);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error; // the loop tries again later
      await setAside(db, row.organization_id, row.id);
      opts.log?.warn(
        { err: error },
        'survey sheet buffer: a sheet could not be stored; set aside for an hour',
      );
    }
  }
  await db.execute(sql`vacuum survey_sheet_buffer`);
  return stored;
}

/**
 * A sheet that cannot be stored (say, its wave was deleted) must neither block the others nor,
 * being overdue, make every run flush whatever waits, however few: it waits an hour.
 */
async function setAside(db: Tx, organizationId: string, id: string) {
  await db.execute(sql`update survey_sheet_buffer set flush_after = now() + interval '1 hour'
    where organization_id = ${organizationId} and id = ${id}`);
}

/** Fisher–Yates with the system's cryptographic randomness: the order must not be guessable. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * One sheet out of the buffer and into the tables, in ONE statement (its own transaction). The
 * response gets a fresh random id; a submission stored meanwhile (a retry that raced the flush)
 * is dropped by the unique submission hash, with nothing else written. 1 when stored.
 */
async function storeSheet(db: Tx, organizationId: string, id: string): Promise<number> {
  const result = (await db.execute(sql`
    with taken as (
      delete from survey_sheet_buffer where organization_id = ${organizationId} and id = ${id}
      returning organization_id as org, submission_hash as hash, sheet as s),
    response as (
      insert into survey_responses
        (organization_id, id, wave_id, area_id, building_id, entrance_id, answered_month, channel,
         age_group, gender, years_in_area, free_text, submission_hash)
      select org, gen_random_uuid(), (s->>'waveId')::uuid, (s->'place'->>'areaId')::uuid,
             (s->'place'->>'buildingId')::uuid, (s->'place'->>'entranceId')::uuid,
             (s->>'answeredMonth')::date, s->>'channel', s->>'ageGroup', s->>'gender',
             s->>'yearsInArea', s->>'freeText', hash
        from taken
      on conflict (submission_hash) do nothing
      returning organization_id, id),
    answers as (
      insert into survey_answers (organization_id, response_id, question_key, value, dont_know)
      select r.organization_id, r.id, a."questionKey", a.value, a."dontKnow"
        from response r, taken t,
             jsonb_to_recordset(t.s->'answers') as a("questionKey" text, value smallint, "dontKnow" boolean)),
    choices as (
      insert into survey_choice_answers (organization_id, response_id, question_key, option_key)
      select r.organization_id, r.id, c."questionKey", c."optionKey"
        from response r, taken t, jsonb_to_recordset(t.s->'choices') as c("questionKey" text, "optionKey" text)),
    texts as (
      insert into survey_text_answers (organization_id, response_id, question_key, text)
      select r.organization_id, r.id, x."questionKey", x.text
        from response r, taken t, jsonb_to_recordset(t.s->'texts') as x("questionKey" text, text text)),
    -- Random ids, and nothing that names the response: a marked place cannot be traced to a sheet.
    points as (
      insert into survey_map_points (organization_id, id, wave_id, area_id, lon, lat)
      select r.organization_id, gen_random_uuid(), (t.s->>'waveId')::uuid, (t.s->'place'->>'areaId')::uuid,
             p.lon, p.lat
        from response r, taken t,
             jsonb_to_recordset(t.s->'mapPoints') as p(lon double precision, lat double precision)),
    -- Added to the totals by compactRollups within a second; readers count it meanwhile.
    queued as (
      insert into survey_rollup_pending (organization_id, response_id) select organization_id, id from response)
    select count(*)::int as stored from response`)) as { rows: { stored: number }[] };
  return Number(result.rows[0]?.stored ?? 0);
}
