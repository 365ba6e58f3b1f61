import { sql } from 'drizzle-orm';
import { type BatchStep, countOf } from '../batch';
import { closedReportsDue } from './report-contact';

/** Clears the public and internal texts of closed reports' timelines; the entries (status, time) stay. */
export const reportTimelineStep =
  (restricted: boolean): BatchStep =>
  async (scope) => {
    const { rows } = await countOf(
      scope.db,
      sql`with due as (
          select u.organization_id, u.id from report_updates u
          join reports r on r.organization_id = u.organization_id and r.id = u.report_id
          where ${closedReportsDue(scope, restricted)}
            and (u.public_text is not null or u.internal_note is not null)
          limit ${scope.batchSize} for update of u skip locked),
        changed as (
          update report_updates u set public_text = null, internal_note = null
          from due where u.organization_id = due.organization_id and u.id = due.id returning 1)
        select count(*)::int as rows, count(*)::int as items from changed`,
    );
    return { rows, more: rows >= scope.batchSize };
  };

/** Deletes the comments of work orders finished (done or won't do) before the cutoff. */
export const workOrderCommentsStep: BatchStep = async (scope) => {
  const { rows } = await countOf(
    scope.db,
    sql`with due as (
        select c.organization_id, c.id from work_order_comments c
        join work_orders w on w.organization_id = c.organization_id and w.id = c.work_order_id
        where c.organization_id = ${scope.organizationId} and w.status in ('done', 'wont_do')
          and coalesce(w.completed_at, w.updated_at) < ${scope.cutoff.toISOString()}
        limit ${scope.batchSize} for update of c skip locked),
      gone as (
        delete from work_order_comments c using due
        where c.organization_id = due.organization_id and c.id = due.id returning 1)
      select count(*)::int as rows, count(*)::int as items from gone`,
  );
  return { rows, more: rows >= scope.batchSize };
};
