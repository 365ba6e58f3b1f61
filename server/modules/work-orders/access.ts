import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { workOrders } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { allows, areaScope } from '../../platform/policy';
import { inScope } from '../places/access';
import { type WorkOrderAction, workOrderPermissions } from './policy';

export type WorkOrderRow = typeof workOrders.$inferSelect;

/** Roles that may change a work order only while it is assigned to them (field staff, guards). */
const ownOnlyRoles = workOrderPermissions['work_order.update_assigned'];

const holds = (actor: Actor, action: WorkOrderAction) =>
  areaScope(workOrderPermissions, actor, action).kind !== 'none';

/**
 * Whether the actor may act through a role that is not limited to their own work orders: a
 * field-staff grant gives comments on one's own work orders only, a planner's on any in scope.
 */
function allowsBeyondOwn(actor: Actor, action: WorkOrderAction, areaId: string) {
  const grants = actor.grants.filter((grant) => !ownOnlyRoles.includes(grant.role));
  return allows(workOrderPermissions, { ...actor, grants }, action, areaId);
}

/** Assigned to the actor, who holds a field role: may change status, cost, resolution, photos. */
export const isOwnAssigned = (actor: Actor, row: WorkOrderRow) =>
  row.assigneeUserId === actor.userId && holds(actor, 'work_order.update_assigned');

/**
 * Readable in the area scope of work_order.read, or assigned to the actor (who may read work
 * orders somewhere): a caretaker sent to another area must still see the job on the phone.
 */
export const mayRead = (actor: Actor, row: WorkOrderRow) =>
  allows(workOrderPermissions, actor, 'work_order.read', row.areaId) ||
  (row.assigneeUserId === actor.userId && holds(actor, 'work_order.read'));

export const mayUpdate = (actor: Actor, row: WorkOrderRow) =>
  allows(workOrderPermissions, actor, 'work_order.update', row.areaId);

export const mayComment = (actor: Actor, row: WorkOrderRow) =>
  allowsBeyondOwn(actor, 'work_order.comment', row.areaId) ||
  (isOwnAssigned(actor, row) && holds(actor, 'work_order.comment'));

/** Before and after photos: planners, and field staff on their own work orders. */
export const mayAddPhotos = (actor: Actor, row: WorkOrderRow) =>
  mayUpdate(actor, row) || isOwnAssigned(actor, row);

/** What the actor may do with this work order, sent with it so the UI hides the rest. */
export function workOrderAbilities(actor: Actor, row: WorkOrderRow): WorkOrderAction[] {
  const result: WorkOrderAction[] = ['work_order.read'];
  if (mayUpdate(actor, row)) result.push('work_order.update');
  if (isOwnAssigned(actor, row)) result.push('work_order.update_assigned');
  if (mayComment(actor, row)) result.push('work_order.comment');
  return result;
}

/** The SQL condition of the work orders the actor may read (see mayRead). */
export function readableCondition(actor: Actor): SQL | undefined {
  const scope = areaScope(workOrderPermissions, actor, 'work_order.read');
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  return or(inScope(workOrders.areaId, scope), eq(workOrders.assigneeUserId, actor.userId));
}

/** A work order of the actor's organization that the actor may read, else 404. */
export async function loadWorkOrder(db: Tx, actor: Actor, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, actor.organizationId), eq(workOrders.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row || !mayRead(actor, row)) throw notFound();
  return row;
}
