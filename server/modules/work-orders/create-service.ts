import type { z } from 'zod';
import type { workOrderInput } from '../../../common/contracts/work-orders';
import { workOrders } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { newId } from '../../platform/ids';
import { sendReportNotices } from '../reports/transitions';
import type { WorkOrderContext } from './context';
import { getWorkOrderDetail } from './detail-service';
import { nextNumber } from './number';
import { ensureAssignable, resolvePlace } from './place';
import { linkReports } from './report-links';

type WorkOrderInput = z.infer<typeof workOrderInput>;

/** An empty text field means "none". */
export const orNull = (value: string | null | undefined) => value || null;

/**
 * Creates a work order in an area where the actor may create them, with the next number of the
 * organization; the reports given are linked (and move to in_progress) in the same transaction,
 * and their reporters are told after the commit.
 */
export async function createWorkOrder(ctx: WorkOrderContext, input: WorkOrderInput) {
  const id = newId();
  const notices = await ctx.db.transaction(async (tx) => {
    const place = await resolvePlace(tx, ctx, input, 'work_order.create');
    await ensureAssignable(tx, ctx, input.assigneeUserId);
    const [row] = await tx
      .insert(workOrders)
      .values({
        organizationId: ctx.actor.organizationId,
        id,
        number: await nextNumber(tx, ctx.actor.organizationId),
        pillar: input.pillar,
        title: input.title,
        description: orNull(input.description),
        ...place,
        assigneeUserId: input.assigneeUserId ?? null,
        contractor: orNull(input.contractor),
        dueDate: input.dueDate ?? null,
        priority: input.priority ?? 'normal',
        createdByUserId: ctx.actor.userId,
      })
      .returning();
    const { linked, notices } = await linkReports(tx, ctx, row, input.reportIds ?? []);
    await recordAudit(tx, ctx.actor, {
      action: 'create',
      entityType: 'work_order',
      entityId: id,
      after: { ...row, reportIds: linked },
    });
    return notices;
  });
  await sendReportNotices(ctx.app, notices);
  return getWorkOrderDetail(ctx, id);
}
