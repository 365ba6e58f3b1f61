import { sql } from 'drizzle-orm';
import { closedReportStatuses } from '../../../../common/reporting';
import { type BatchScope, type BatchStep, countOf } from '../batch';

/** A closed report of the organization, restricted or not, whose clock started before the cutoff. */
export function closedReportsDue(scope: BatchScope, restricted: boolean) {
  return sql`r.organization_id = ${scope.organizationId} and r.restricted = ${restricted}
    and r.closed_at < ${scope.cutoff.toISOString()}
    and r.status in (${sql.join(
      closedReportStatuses.map((status) => sql`${status}`),
      sql`, `,
    )})`;
}

/**
 * Clears the reporter's name, e-mail and phone of closed reports (and the submission hash, which
 * was computed over them and would confirm a guessed identity). The report and its counts stay.
 */
export const reportContactStep =
  (restricted: boolean): BatchStep =>
  async (scope) => {
    const { rows } = await countOf(
      scope.db,
      sql`with due as (
          select r.organization_id, r.id from reports r
          where ${closedReportsDue(scope, restricted)}
            and (r.reporter_name is not null or r.reporter_email is not null or r.reporter_phone is not null)
          limit ${scope.batchSize} for update skip locked),
        changed as (
          update reports r set reporter_name = null, reporter_email = null, reporter_phone = null,
            wants_updates = false, content_hash = null
          from due where r.organization_id = due.organization_id and r.id = due.id returning 1)
        select count(*)::int as rows, count(*)::int as items from changed`,
    );
    return { rows, more: rows >= scope.batchSize };
  };
