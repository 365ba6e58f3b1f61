import type { WorkOrderStatus } from '../../../common/reporting';
import { recordAudit } from '../../platform/audit';
import { AppError, forbidden } from '../../platform/errors';
import { sendReportNotices } from '../reports/transitions';
import { loadWorkOrder, mayUpdate } from './access';
import type { WorkOrderContext } from './context';
import { getWorkOrderDetail } from './detail-service';
import { workOrderMessage } from './messages';
import { linkReports, unlinkReport } from './report-links';
import { isClosed } from './status';

/** Links more reports to an open work order (planners); they move to in_progress. */
export async function linkToWorkOrder(ctx: WorkOrderContext, id: string, reportIds: string[]) {
  const notices = await ctx.db.transaction(async (tx) => {
    const workOrder = await loadWorkOrder(tx, ctx.actor, id, { lock: true });
    if (!mayUpdate(ctx.actor, workOrder)) throw forbidden();
    // A closed work order takes no new reports: they would never hear that anything was done.
    if (isClosed(workOrder.status as WorkOrderStatus))
      throw new AppError('conflict', [{ path: 'status', message: workOrderMessage(ctx.locale, 'closed') }]);
    const { linked, notices } = await linkReports(tx, ctx, workOrder, reportIds);
    await recordAudit(tx, ctx.actor, {
      action: 'link_reports',
      entityType: 'work_order',
      entityId: id,
      after: { reportIds: linked },
    });
    return notices;
  });
  await sendReportNotices(ctx.app, notices);
  return getWorkOrderDetail(ctx, id);
}

/** Takes one report off a work order (planners); it goes back to 'accepted'. */
export async function unlinkFromWorkOrder(ctx: WorkOrderContext, id: string, reportId: string) {
  const notices = await ctx.db.transaction(async (tx) => {
    const workOrder = await loadWorkOrder(tx, ctx.actor, id, { lock: true });
    if (!mayUpdate(ctx.actor, workOrder)) throw forbidden();
    const notices = await unlinkReport(tx, ctx, workOrder, reportId);
    await recordAudit(tx, ctx.actor, {
      action: 'unlink_report',
      entityType: 'work_order',
      entityId: id,
      before: { reportIds: [reportId] },
    });
    return notices;
  });
  await sendReportNotices(ctx.app, notices);
  return getWorkOrderDetail(ctx, id);
}
