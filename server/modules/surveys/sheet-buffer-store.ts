import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

/** A buffered sheet's key in survey_sheet_buffer. */
export type BufferedKey = { organizationId: string; id: string };

/**
 * Sheets out of the buffer and into the tables in ONE statement (one transaction), every insert in
 * the order given (the flush's random draw), so rows land on disk in that order. Each response
 * gets a fresh random id; a submission stored meanwhile (a retry that raced the flush) is dropped
 * by the unique submission hash, with nothing else written for it. Returns how many were stored.
 */
export async function storeSheets(db: Tx, sheets: readonly BufferedKey[]): Promise<number> {
  const keys = JSON.stringify(sheets.map((sheet, pos) => ({ org: sheet.organizationId, id: sheet.id, pos })));
  const result = (await db.execute(sql`
    with keys as (
      select * from jsonb_to_recordset(${keys}::jsonb) as k(org uuid, id uuid, pos int)),
    taken as (
      delete from survey_sheet_buffer b using keys k
       where b.organization_id = k.org and b.id = k.id
      returning k.pos, b.organization_id as org, b.submission_hash as hash, b.sheet as s),
    response as (
      insert into survey_responses
        (organization_id, id, wave_id, area_id, building_id, entrance_id, answered_month, channel,
         age_group, gender, years_in_area, free_text, submission_hash)
      select org, gen_random_uuid(), (s->>'waveId')::uuid, (s->'place'->>'areaId')::uuid,
             (s->'place'->>'buildingId')::uuid, (s->'place'->>'entranceId')::uuid,
             (s->>'answeredMonth')::date, s->>'channel', s->>'ageGroup', s->>'gender',
             s->>'yearsInArea', s->>'freeText', hash
        from taken order by pos
      on conflict (submission_hash) do nothing
      returning organization_id, id, submission_hash),
    stored as (
      select r.organization_id, r.id, t.pos, t.s from response r join taken t on t.hash = r.submission_hash),
    answers as (
      insert into survey_answers (organization_id, response_id, question_key, value, dont_know)
      select r.organization_id, r.id, a."questionKey", a.value, a."dontKnow"
        from stored r, jsonb_to_recordset(r.s->'answers') as a("questionKey" text, value smallint, "dontKnow" boolean)
       order by r.pos),
    choices as (
      insert into survey_choice_answers (organization_id, response_id, question_key, option_key)
      select r.organization_id, r.id, c."questionKey", c."optionKey"
        from stored r, jsonb_to_recordset(r.s->'choices') as c("questionKey" text, "optionKey" text)
       order by r.pos),
    texts as (
      insert into survey_text_answers (organization_id, response_id, question_key, text)
      select r.organization_id, r.id, x."questionKey", x.text
        from stored r, jsonb_to_recordset(r.s->'texts') as x("questionKey" text, text text)
       order by r.pos),
    -- Random ids, and nothing that names the response: a marked place cannot be traced to a sheet.
    points as (
      insert into survey_map_points (organization_id, id, wave_id, area_id, lon, lat)
      select r.organization_id, gen_random_uuid(), (r.s->>'waveId')::uuid, (r.s->'place'->>'areaId')::uuid,
             p.lon, p.lat
        from stored r, jsonb_to_recordset(r.s->'mapPoints') as p(lon double precision, lat double precision)
       order by r.pos),
    -- Added to the totals by compactRollups within a second; readers count it meanwhile.
    queued as (
      insert into survey_rollup_pending (organization_id, response_id)
      select organization_id, id from stored order by pos)
    select count(*)::int as stored from stored`)) as { rows: { stored: number }[] };
  return Number(result.rows[0]?.stored ?? 0);
}
