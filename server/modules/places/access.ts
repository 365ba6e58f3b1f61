import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Locale } from '../../../common/roles';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { apartments, areas, buildings, entrances } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { AppError, notFound } from '../../platform/errors';
import { type AreaScope, areaScope, ensureVisible } from '../../platform/policy';
import { placeMessage } from './messages';
import { type PlaceAction, placePermissions } from './policy';

/** The SQL condition limiting an area id column to the actor's scope for an action. */
export function inScope(column: AnyPgColumn, scope: AreaScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none' || scope.areaIds.length === 0) return sql`false`;
  return inArray(column, scope.areaIds);
}

export const scopeFor = (actor: Actor, action: PlaceAction) => areaScope(placePermissions, actor, action);

/** An area of the actor's organization that the actor may see for `action`, else 404. */
export async function loadArea(db: Tx, actor: Actor, id: string, action: PlaceAction = 'area.read') {
  const [row] = await db
    .select()
    .from(areas)
    .where(and(eq(areas.organizationId, actor.organizationId), eq(areas.id, id)));
  if (!row) throw notFound();
  ensureVisible(placePermissions, actor, action, row.id);
  return row;
}

export async function loadBuilding(db: Tx, actor: Actor, id: string, action: PlaceAction = 'building.read') {
  const [row] = await db
    .select()
    .from(buildings)
    .where(and(eq(buildings.organizationId, actor.organizationId), eq(buildings.id, id)));
  if (!row) throw notFound();
  ensureVisible(placePermissions, actor, action, row.areaId);
  return row;
}

export async function loadEntrance(db: Tx, actor: Actor, id: string, action: PlaceAction = 'entrance.read') {
  const [row] = await db
    .select({ entrance: entrances, areaId: buildings.areaId })
    .from(entrances)
    .innerJoin(buildings, sameRow(buildings, entrances.organizationId, entrances.buildingId))
    .where(and(eq(entrances.organizationId, actor.organizationId), eq(entrances.id, id)));
  if (!row) throw notFound();
  ensureVisible(placePermissions, actor, action, row.areaId);
  return { ...row.entrance, areaId: row.areaId };
}

export async function loadApartment(
  db: Tx,
  actor: Actor,
  id: string,
  action: PlaceAction = 'apartment.read',
) {
  const [row] = await db
    .select({ apartment: apartments, areaId: buildings.areaId })
    .from(apartments)
    .innerJoin(entrances, sameRow(entrances, apartments.organizationId, apartments.entranceId))
    .innerJoin(buildings, sameRow(buildings, entrances.organizationId, entrances.buildingId))
    .where(and(eq(apartments.organizationId, actor.organizationId), eq(apartments.id, id)));
  if (!row) throw notFound();
  ensureVisible(placePermissions, actor, action, row.areaId);
  return { ...row.apartment, areaId: row.areaId };
}

/**
 * Loads a parent named in a request body (areaId, buildingId, entranceId). One the actor cannot
 * see, or of another organization, is a 400 naming the field, so its existence never leaks.
 */
export async function loadParent<T extends { archivedAt: Date | null }>(
  locale: Locale,
  field: string,
  load: () => Promise<T>,
): Promise<T> {
  let parent: T;
  try {
    parent = await load();
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      throw new AppError('validation_failed', [
        { path: field, message: placeMessage(locale, 'unknownParent') },
      ]);
    }
    throw error;
  }
  if (parent.archivedAt) {
    throw new AppError('validation_failed', [
      { path: field, message: placeMessage(locale, 'archivedParent') },
    ]);
  }
  return parent;
}
