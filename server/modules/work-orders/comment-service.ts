import { workOrderComments } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { forbidden } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { loadWorkOrder, mayComment } from './access';
import type { WorkOrderContext } from './context';

/** A comment on a work order: planners and social coordinators in scope, field staff on their own. */
export async function addComment(ctx: WorkOrderContext, workOrderId: string, body: string) {
  return ctx.db.transaction(async (tx) => {
    const workOrder = await loadWorkOrder(tx, ctx.actor, workOrderId);
    if (!mayComment(ctx.actor, workOrder)) throw forbidden();
    const [row] = await tx
      .insert(workOrderComments)
      .values({
        organizationId: ctx.actor.organizationId,
        id: newId(),
        workOrderId,
        authorUserId: ctx.actor.userId,
        body,
      })
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'comment',
      entityType: 'work_order',
      entityId: workOrderId,
      after: { commentId: row.id, body },
    });
    return {
      id: row.id,
      authorName: ctx.actor.displayName,
      body: row.body,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
