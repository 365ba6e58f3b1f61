import { sql } from 'drizzle-orm';
import { type BatchStep, countOf } from '../batch';

/**
 * Deletes survey codes (letters and e-mail invitations) of waves closed and ended before the
 * cutoff, and invitations expired before it, adding them to the wave's tallies in the same
 * statement, so a wave's letters issued and codes used read the same before and after.
 */
export const surveyCodesStep: BatchStep = async (scope) => {
  const cutoffDay = scope.cutoff.toISOString().slice(0, 10);
  const { rows } = await countOf(
    scope.db,
    sql`with due as (
        select c.organization_id, c.id from survey_codes c
        join survey_waves w on w.organization_id = c.organization_id and w.id = c.wave_id
        where c.organization_id = ${scope.organizationId}
          and ((w.status = 'closed' and coalesce(w.ends_on, w.created_at::date) < ${cutoffDay}::date)
            or c.expires_on < ${cutoffDay}::date)
        limit ${scope.batchSize} for update of c skip locked),
      gone as (
        delete from survey_codes c using due
        where c.organization_id = due.organization_id and c.id = due.id
        returning c.organization_id, c.wave_id, c.area_id, c.building_id, c.used_on),
      tallied as (
        insert into survey_code_tallies (organization_id, id, wave_id, area_id, building_id, issued, used)
        select organization_id, gen_random_uuid(), wave_id, area_id, building_id, count(*), count(used_on)
        from gone group by organization_id, wave_id, area_id, building_id returning 1)
      select (select count(*)::int from gone) as rows, (select count(*)::int from tallied) as items`,
  );
  return { rows, more: rows >= scope.batchSize };
};
