import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { workOrderPatch } from '../../../common/contracts/work-orders';
import type { WorkOrderStatus } from '../../../common/reporting';
import type { Tx } from '../../db/client';
import { workOrders } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { forbidden } from '../../platform/errors';
import { sendReportNotices } from '../reports/transitions';
import { inviteAfterWorkOrder, sendPendingInvitations } from '../surveys/invitations-after-work-order';
import { isOwnAssigned, loadWorkOrder, mayUpdate, type WorkOrderRow } from './access';
import type { WorkOrderContext } from './context';
import { orNull } from './create-service';
import { getWorkOrderDetail } from './detail-service';
import { ensureAssignable, resolvePlace } from './place';
import { followStatus } from './report-links';
import { ensureStatusMove, isClosed } from './status';

type WorkOrderPatch = z.infer<typeof workOrderPatch>;
type Changes = Partial<typeof workOrders.$inferInsert>;

/** What field staff may change on a work order assigned to them. */
const ownFields = new Set(['status', 'cost', 'resolution']);

const costOf = (cost: number | null | undefined) =>
  cost === undefined ? undefined : cost === null ? null : cost.toFixed(2);
const textOf = (value: string | null | undefined) => (value === undefined ? undefined : orNull(value));

/** Area, building, entrance and point, checked together when any of them changes. */
async function placeChanges(tx: Tx, ctx: WorkOrderContext, before: WorkOrderRow, patch: WorkOrderPatch) {
  const keys = ['areaId', 'buildingId', 'entranceId', 'lon', 'lat'] as const;
  if (keys.every((key) => patch[key] === undefined)) return {};
  const moved = patch.buildingId !== undefined || patch.entranceId !== undefined;
  // A new building or entrance brings its own point unless one is given.
  const keepPoint = !moved && patch.lon === undefined && patch.lat === undefined;
  return resolvePlace(
    tx,
    ctx,
    {
      areaId: patch.areaId ?? before.areaId,
      buildingId: patch.buildingId === undefined ? before.buildingId : patch.buildingId,
      entranceId: patch.entranceId === undefined ? before.entranceId : patch.entranceId,
      lon: patch.lon !== undefined ? patch.lon : keepPoint ? before.lon : null,
      lat: patch.lat !== undefined ? patch.lat : keepPoint ? before.lat : null,
    },
    'work_order.update',
  );
}

async function plannerChanges(tx: Tx, ctx: WorkOrderContext, before: WorkOrderRow, patch: WorkOrderPatch) {
  await ensureAssignable(tx, ctx, patch.assigneeUserId);
  return {
    ...(await placeChanges(tx, ctx, before, patch)),
    pillar: patch.pillar,
    title: patch.title,
    description: textOf(patch.description),
    assigneeUserId: patch.assigneeUserId,
    contractor: textOf(patch.contractor),
    dueDate: patch.dueDate,
    priority: patch.priority,
  } satisfies Changes;
}

/**
 * Planners change anything; the assignee in a field role only status, cost and resolution, and
 * nothing once the work order is closed.
 */
async function allowedChanges(tx: Tx, ctx: WorkOrderContext, before: WorkOrderRow, patch: WorkOrderPatch) {
  const planner = mayUpdate(ctx.actor, before);
  if (!planner) {
    const touched = Object.entries(patch).filter(([, value]) => value !== undefined);
    if (!isOwnAssigned(ctx.actor, before) || touched.some(([key]) => !ownFields.has(key))) throw forbidden();
    // A closed work order is settled; only planners reopen or correct it.
    if (isClosed(before.status as WorkOrderStatus)) throw forbidden();
  }
  const status = patch.status ?? (before.status as WorkOrderStatus);
  ensureStatusMove(ctx.locale, before.status as WorkOrderStatus, status, planner);
  const statusChanges: Changes = {
    status,
    cost: costOf(patch.cost),
    resolution: textOf(patch.resolution),
    completedAt: status === 'done' ? (before.completedAt ?? new Date()) : null,
  };
  return planner ? { ...(await plannerChanges(tx, ctx, before, patch)), ...statusChanges } : statusChanges;
}

/**
 * Changes a work order. When it becomes done, its reports become done and their reporters are
 * told what was done (after the commit); see followStatus for won't do and reopening.
 */
export async function updateWorkOrder(ctx: WorkOrderContext, id: string, patch: WorkOrderPatch) {
  const { notices, invitations } = await ctx.db.transaction(async (tx) => {
    const before = await loadWorkOrder(tx, ctx.actor, id, { lock: true });
    const changes = await allowedChanges(tx, ctx, before, patch);
    const [after] = await tx
      .update(workOrders)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(workOrders.organizationId, ctx.actor.organizationId), eq(workOrders.id, id)))
      .returning();
    const notices = await followStatus(tx, ctx, before, {
      status: after.status as WorkOrderStatus,
      resolution: after.resolution,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'work_order',
      entityId: id,
      before,
      after,
    });
    // Done now: reporters who asked for updates are invited to an open continuous survey, if any.
    const becameDone = before.status !== 'done' && after.status === 'done';
    const invitations = becameDone ? await inviteAfterWorkOrder(tx, after, id) : [];
    return { notices, invitations };
  });
  await sendReportNotices(ctx.app, notices);
  await sendPendingInvitations(ctx.app, invitations);
  return getWorkOrderDetail(ctx, id);
}
