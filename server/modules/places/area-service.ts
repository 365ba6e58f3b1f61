import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { areaInput, areaPatch } from '../../../common/contracts/places';
import { type AreaGeometry, boundingBox } from '../../../common/geo';
import type { Tx } from '../../db/client';
import { areas, buildings } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { geometryIssues } from '../../platform/geo/geometry-reader';
import { importMessages } from '../../platform/geo/import-messages';
import { newId } from '../../platform/ids';
import { abilities, authorize } from '../../platform/policy';
import { inScope, loadArea, scopeFor } from './access';
import { setArchived } from './archive';
import type { PlaceContext } from './context';
import { buildingCountOfArea, entranceCountOfArea, entranceCountOfBuilding } from './counts';
import { placePermissions } from './policy';
import { presentArea, presentBuilding } from './presenter';
import { taken, withUniqueFields } from './unique';

type AreaInput = z.infer<typeof areaInput>;
type AreaPatch = z.infer<typeof areaPatch>;

/** The bounding-box columns that go with a geometry (all null without one). */
export function boxColumns(geometry: AreaGeometry | null | undefined) {
  if (!geometry) return { minLon: null, minLat: null, maxLon: null, maxLat: null };
  return boundingBox(geometry);
}

const areaWithCounts = {
  area: areas,
  buildingCount: buildingCountOfArea,
  entranceCount: entranceCountOfArea,
};

export async function listAreas({ db, actor }: PlaceContext, includeArchived: boolean) {
  const rows = await db
    .select(areaWithCounts)
    .from(areas)
    .where(
      and(
        eq(areas.organizationId, actor.organizationId),
        inScope(areas.id, scopeFor(actor, 'area.read')),
        includeArchived ? undefined : isNull(areas.archivedAt),
      ),
    )
    .orderBy(asc(areas.name));
  return { items: rows.map((r) => presentArea(r.area, r)), abilities: abilities(placePermissions, actor) };
}

/** One area with counts, as the actor may see it (404 otherwise). */
export async function presentedArea(db: Tx, ctx: Pick<PlaceContext, 'actor'>, id: string) {
  await loadArea(db, ctx.actor, id);
  const [row] = await db
    .select(areaWithCounts)
    .from(areas)
    .where(and(eq(areas.organizationId, ctx.actor.organizationId), eq(areas.id, id)));
  return presentArea(row.area, row);
}

export async function getAreaDetail(ctx: PlaceContext, id: string) {
  const area = await presentedArea(ctx.db, ctx, id);
  const rows = await ctx.db
    .select({ building: buildings, entranceCount: entranceCountOfBuilding })
    .from(buildings)
    .where(
      and(
        eq(buildings.organizationId, ctx.actor.organizationId),
        eq(buildings.areaId, id),
        inScope(buildings.areaId, scopeFor(ctx.actor, 'building.read')),
      ),
    )
    .orderBy(asc(buildings.address));
  return {
    area,
    buildings: rows.map((r) => presentBuilding(r.building, r.entranceCount)),
    abilities: abilities(placePermissions, ctx.actor),
  };
}

async function ensureCodeFree(tx: Tx, ctx: PlaceContext, code: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: areas.id })
    .from(areas)
    .where(
      and(
        eq(areas.organizationId, ctx.actor.organizationId),
        eq(areas.code, code),
        exceptId ? ne(areas.id, exceptId) : undefined,
      ),
    );
  if (clash) throw taken(ctx.locale, 'code');
}

/** The contract checks shape and ranges; closed rings need a look at the coordinates. */
function checkGeometry(ctx: PlaceContext, geometry: AreaGeometry | null | undefined) {
  const issues = geometry ? geometryIssues(geometry, 'geometry', importMessages(ctx.locale)) : [];
  if (issues.length > 0) throw new AppError('validation_failed', issues);
}

export async function createArea(ctx: PlaceContext, input: AreaInput) {
  authorize(placePermissions, ctx.actor, 'area.create');
  checkGeometry(ctx, input.geometry);
  const id = newId();
  await withUniqueFields(ctx.locale, () =>
    ctx.db.transaction(async (tx) => {
      await ensureCodeFree(tx, ctx, input.code);
      const row = {
        organizationId: ctx.actor.organizationId,
        id,
        name: input.name,
        code: input.code,
        classification: input.classification ?? null,
        geometry: input.geometry ?? null,
        ...boxColumns(input.geometry),
      };
      await tx.insert(areas).values(row);
      await recordAudit(tx, ctx.actor, { action: 'create', entityType: 'area', entityId: id, after: input });
    }),
  );
  return presentedArea(ctx.db, ctx, id);
}

export async function updateArea(ctx: PlaceContext, id: string, patch: AreaPatch) {
  await withUniqueFields(ctx.locale, () =>
    ctx.db.transaction(async (tx) => {
      const before = await loadArea(tx, ctx.actor, id);
      authorize(placePermissions, ctx.actor, 'area.update', id);
      checkGeometry(ctx, patch.geometry);
      if (patch.code !== undefined) await ensureCodeFree(tx, ctx, patch.code, id);
      const geometry =
        patch.geometry === undefined ? {} : { geometry: patch.geometry, ...boxColumns(patch.geometry) };
      const changes = { ...patch, ...geometry, updatedAt: new Date() };
      await tx
        .update(areas)
        .set(changes)
        .where(and(eq(areas.organizationId, ctx.actor.organizationId), eq(areas.id, id)));
      await recordAudit(tx, ctx.actor, {
        action: 'update',
        entityType: 'area',
        entityId: id,
        before,
        after: patch,
      });
    }),
  );
  return presentedArea(ctx.db, ctx, id);
}

export async function setAreaArchived(ctx: PlaceContext, id: string, archived: boolean) {
  await setArchived(ctx, id, archived, {
    entityType: 'area',
    action: 'area.archive',
    load: (tx) => loadArea(tx, ctx.actor, id),
    areaOf: () => id,
    write: (tx, archivedAt) =>
      tx
        .update(areas)
        .set({ archivedAt, updatedAt: new Date() })
        .where(and(eq(areas.organizationId, ctx.actor.organizationId), eq(areas.id, id))),
  });
  return presentedArea(ctx.db, ctx, id);
}
