import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, buildings, entrances, memberships, users } from '../../db/schema';
import { allows, authorize } from '../../platform/policy';
import type { WorkOrderContext } from './context';
import { fieldError } from './messages';
import { type WorkOrderAction, workOrderPermissions } from './policy';

export type PlaceFields = {
  areaId: string;
  buildingId?: string | null;
  entranceId?: string | null;
  lon?: number | null;
  lat?: number | null;
};

/** The area a work order goes into: of the organization, visible, live, and one the actor may write in. */
async function targetArea(tx: Tx, ctx: WorkOrderContext, areaId: string, action: WorkOrderAction) {
  const [area] = await tx
    .select({ id: areas.id, archivedAt: areas.archivedAt })
    .from(areas)
    .where(and(eq(areas.organizationId, ctx.actor.organizationId), eq(areas.id, areaId)));
  // An area the actor cannot see is "does not exist", so its existence never leaks.
  if (!area || !allows(workOrderPermissions, ctx.actor, 'work_order.read', area.id))
    throw fieldError(ctx.locale, 'areaId', 'unknown');
  if (area.archivedAt) throw fieldError(ctx.locale, 'areaId', 'archived');
  authorize(workOrderPermissions, ctx.actor, action, area.id);
}

async function entranceOf(tx: Tx, ctx: WorkOrderContext, id: string) {
  const [row] = await tx
    .select({
      buildingId: entrances.buildingId,
      areaId: buildings.areaId,
      lon: entrances.lon,
      lat: entrances.lat,
    })
    .from(entrances)
    .innerJoin(buildings, sameRow(buildings, entrances.organizationId, entrances.buildingId))
    .where(and(eq(entrances.organizationId, ctx.actor.organizationId), eq(entrances.id, id)));
  return row;
}

async function buildingOf(tx: Tx, ctx: WorkOrderContext, id: string) {
  const [row] = await tx
    .select({ areaId: buildings.areaId, lon: buildings.lon, lat: buildings.lat })
    .from(buildings)
    .where(and(eq(buildings.organizationId, ctx.actor.organizationId), eq(buildings.id, id)));
  return row;
}

/**
 * Checks that the building and entrance lie in the area (400 naming the field otherwise) and
 * fills in what follows from them: the entrance's building, and a point when none was given.
 */
export async function resolvePlace(
  tx: Tx,
  ctx: WorkOrderContext,
  place: PlaceFields,
  action: WorkOrderAction,
) {
  await targetArea(tx, ctx, place.areaId, action);
  let buildingId = place.buildingId ?? null;
  let point = { lon: place.lon ?? null, lat: place.lat ?? null };
  const given = point.lon !== null && point.lat !== null;
  if (place.entranceId) {
    const entrance = await entranceOf(tx, ctx, place.entranceId);
    if (!entrance) throw fieldError(ctx.locale, 'entranceId', 'unknown');
    if (entrance.areaId !== place.areaId) throw fieldError(ctx.locale, 'entranceId', 'notInArea');
    if (buildingId && entrance.buildingId !== buildingId)
      throw fieldError(ctx.locale, 'entranceId', 'notInBuilding');
    buildingId = entrance.buildingId;
    if (!given) point = { lon: entrance.lon, lat: entrance.lat };
  }
  if (buildingId) {
    const building = await buildingOf(tx, ctx, buildingId);
    if (!building) throw fieldError(ctx.locale, 'buildingId', 'unknown');
    if (building.areaId !== place.areaId) throw fieldError(ctx.locale, 'buildingId', 'notInArea');
    if (point.lon === null || point.lat === null) point = { lon: building.lon, lat: building.lat };
  }
  return { areaId: place.areaId, buildingId, entranceId: place.entranceId ?? null, ...point };
}

/** Roles that can carry out a work order: planners, and field staff and guards on their own. */
export const assignableRoles: readonly string[] = [
  ...new Set([
    ...workOrderPermissions['work_order.update'],
    ...workOrderPermissions['work_order.update_assigned'],
  ]),
];

/** The assignee must be an active member of the organization in a role that carries out work orders. */
export async function ensureAssignable(tx: Tx, ctx: WorkOrderContext, userId: string | null | undefined) {
  if (!userId) return;
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, ctx.actor.organizationId),
        eq(memberships.userId, userId),
        inArray(memberships.role, [...assignableRoles]),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  if (!member) throw fieldError(ctx.locale, 'assigneeUserId', 'notMember');
}
