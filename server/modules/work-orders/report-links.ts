import { and, eq, inArray } from 'drizzle-orm';
import { closedReportStatuses, type WorkOrderStatus } from '../../../common/reporting';
import type { Tx } from '../../db/client';
import { reports } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { actionableReports } from '../reports/access';
import { type ReportNotice, transitionReports, withDuplicates } from '../reports/transitions';
import type { WorkOrderRow } from './access';
import type { WorkOrderContext } from './context';
import { fieldError, workOrderMessage } from './messages';

const ofOrganization = (ctx: WorkOrderContext) => eq(reports.organizationId, ctx.actor.organizationId);

/** The ids of the reports that feed a work order (not the duplicates merged into them). */
export async function linkedReportIds(tx: Tx, ctx: WorkOrderContext, workOrderId: string) {
  const rows = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(and(ofOrganization(ctx), eq(reports.workOrderId, workOrderId)));
  return rows.map((r) => r.id);
}

/**
 * Reports the actor may link: visible to them (a restricted one only to its handlers), still open,
 * and not feeding another work order.
 */
async function linkable(tx: Tx, ctx: WorkOrderContext, workOrder: WorkOrderRow, reportIds: string[]) {
  const ids = [...new Set(reportIds)];
  const rows = await tx
    .select({ id: reports.id, status: reports.status, workOrderId: reports.workOrderId })
    .from(reports)
    .where(and(actionableReports(ctx.actor), inArray(reports.id, ids)));
  if (rows.length < ids.length) throw fieldError(ctx.locale, 'reportIds', 'reportsUnknown');
  const fresh = rows.filter((r) => r.workOrderId !== workOrder.id);
  if (fresh.some((r) => r.workOrderId !== null))
    throw fieldError(ctx.locale, 'reportIds', 'reportsLinkedElsewhere');
  if (fresh.some((r) => (closedReportStatuses as readonly string[]).includes(r.status)))
    throw fieldError(ctx.locale, 'reportIds', 'reportsClosed');
  return fresh.map((r) => r.id);
}

/**
 * Links reports to an open work order: they (and the duplicates merged into them) move to
 * in_progress, so the tenants' status pages say that work has started. Returns the e-mails to
 * send after commit. Reports already linked to this work order are left as they are.
 */
export async function linkReports(
  tx: Tx,
  ctx: WorkOrderContext,
  workOrder: WorkOrderRow,
  reportIds: string[],
): Promise<{ linked: string[]; notices: ReportNotice[] }> {
  const linked = await linkable(tx, ctx, workOrder, reportIds);
  if (linked.length === 0) return { linked, notices: [] };
  await tx
    .update(reports)
    .set({ workOrderId: workOrder.id, updatedAt: new Date() })
    .where(and(ofOrganization(ctx), inArray(reports.id, linked)));
  const notices = await transitionReports(tx, {
    organizationId: ctx.actor.organizationId,
    reportIds: await withDuplicates(tx, ctx.actor.organizationId, linked),
    status: 'in_progress',
    authorUserId: ctx.actor.userId,
  });
  return { linked, notices };
}

/**
 * Takes reports off a work order and back to 'accepted' (with an internal note naming it), so
 * they return to the inbox to be handled another way. Internal only: no public text, no e-mail —
 * the reporter already heard that the report was received, and hearing it again would mislead.
 */
export async function releaseReports(
  tx: Tx,
  ctx: WorkOrderContext,
  workOrder: WorkOrderRow,
  reportIds: string[],
  note: 'unlinkedNote' | 'wontDoNote',
): Promise<ReportNotice[]> {
  if (reportIds.length === 0) return [];
  await tx
    .update(reports)
    .set({ workOrderId: null, updatedAt: new Date() })
    .where(and(ofOrganization(ctx), inArray(reports.id, reportIds)));
  return transitionReports(tx, {
    organizationId: ctx.actor.organizationId,
    reportIds: await withDuplicates(tx, ctx.actor.organizationId, reportIds),
    status: 'accepted',
    publicText: null,
    internalNote: workOrderMessage(ctx.locale, note, { number: workOrder.number }),
    authorUserId: ctx.actor.userId,
  });
}

/** Unlinks one report; a report not linked to this work order is 404. */
export async function unlinkReport(tx: Tx, ctx: WorkOrderContext, workOrder: WorkOrderRow, reportId: string) {
  const [row] = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(
      and(actionableReports(ctx.actor), eq(reports.id, reportId), eq(reports.workOrderId, workOrder.id)),
    );
  if (!row) throw notFound();
  return releaseReports(tx, ctx, workOrder, [row.id], 'unlinkedNote');
}

/**
 * What the linked reports do when the work order's status changes:
 * - done: they are done too, and the reporters read the resolution (or the "fixed — thank you"
 *   template when there is none).
 * - wont_do: they are not rejected — the fault the tenant saw is still there. They go back to
 *   'accepted', unlinked, with an internal note and no e-mail, so staff handle them another way
 *   (a new work order, a forward); the audit entry of the change keeps which reports were linked.
 * - reopened (done → an open status): back to in_progress.
 * Other moves between open statuses leave the reports in_progress.
 */
export async function followStatus(
  tx: Tx,
  ctx: WorkOrderContext,
  before: WorkOrderRow,
  after: { status: WorkOrderStatus; resolution: string | null },
): Promise<ReportNotice[]> {
  if (after.status === before.status) return [];
  const linked = await linkedReportIds(tx, ctx, before.id);
  if (after.status === 'wont_do') return releaseReports(tx, ctx, before, linked, 'wontDoNote');
  const move = (status: 'done' | 'in_progress', extra: { publicText?: string; internalNote?: string }) =>
    withDuplicates(tx, ctx.actor.organizationId, linked).then((reportIds) =>
      transitionReports(tx, {
        organizationId: ctx.actor.organizationId,
        reportIds,
        status,
        authorUserId: ctx.actor.userId,
        ...extra,
      }),
    );
  if (after.status === 'done') return move('done', { publicText: after.resolution ?? undefined });
  if (before.status === 'done')
    return move('in_progress', {
      internalNote: workOrderMessage(ctx.locale, 'reopenedNote', { number: before.number }),
    });
  return [];
}
