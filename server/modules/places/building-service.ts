import { and, asc, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { buildingInput, buildingPatch } from '../../../common/contracts/places';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { apartments, areas, buildings, entrances } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { newId } from '../../platform/ids';
import { abilities, allows, authorize } from '../../platform/policy';
import { loadArea, loadBuilding, loadParent } from './access';
import { setArchived } from './archive';
import type { PlaceContext } from './context';
import { apartmentCountOfEntrance, entranceCountOfBuilding } from './counts';
import { placePermissions } from './policy';
import { presentApartment, presentBuilding, presentEntrance } from './presenter';
import { taken, withUniqueFields } from './unique';

type BuildingInput = z.infer<typeof buildingInput>;
type BuildingPatch = z.infer<typeof buildingPatch>;
const ofBuilding = (ctx: PlaceContext, id: string) =>
  and(eq(buildings.organizationId, ctx.actor.organizationId), eq(buildings.id, id));

export async function presentedBuilding(db: Tx, ctx: PlaceContext, id: string) {
  await loadBuilding(db, ctx.actor, id);
  const [row] = await db
    .select({ building: buildings, entranceCount: entranceCountOfBuilding })
    .from(buildings)
    .where(ofBuilding(ctx, id));
  return presentBuilding(row.building, row.entranceCount);
}

export async function getBuildingDetail(ctx: PlaceContext, id: string) {
  const building = await presentedBuilding(ctx.db, ctx, id);
  const [area] = await ctx.db
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(and(eq(areas.organizationId, ctx.actor.organizationId), eq(areas.id, building.areaId)));
  const entranceRows = await ctx.db
    .select({ entrance: entrances, apartmentCount: apartmentCountOfEntrance })
    .from(entrances)
    .where(and(eq(entrances.organizationId, ctx.actor.organizationId), eq(entrances.buildingId, id)))
    .orderBy(asc(entrances.label));
  const mayReadApartments = allows(placePermissions, ctx.actor, 'apartment.read', building.areaId);
  const apartmentRows = mayReadApartments ? await apartmentsOfBuilding(ctx, id) : [];
  return {
    building,
    area,
    entrances: entranceRows.map((r) => presentEntrance(r.entrance, r.apartmentCount)),
    apartments: apartmentRows.map(presentApartment),
    abilities: abilities(placePermissions, ctx.actor),
  };
}

async function apartmentsOfBuilding(ctx: PlaceContext, buildingId: string) {
  const rows = await ctx.db
    .select({ apartment: apartments })
    .from(apartments)
    .innerJoin(entrances, sameRow(entrances, apartments.organizationId, apartments.entranceId))
    .where(and(eq(apartments.organizationId, ctx.actor.organizationId), eq(entrances.buildingId, buildingId)))
    .orderBy(asc(apartments.doorNumber));
  return rows.map((r) => r.apartment);
}

async function ensureExternalIdFree(
  tx: Tx,
  ctx: PlaceContext,
  externalId: string | null | undefined,
  exceptId?: string,
) {
  if (!externalId) return;
  const [clash] = await tx
    .select({ id: buildings.id })
    .from(buildings)
    .where(
      and(
        eq(buildings.organizationId, ctx.actor.organizationId),
        eq(buildings.externalId, externalId),
        exceptId ? ne(buildings.id, exceptId) : undefined,
      ),
    );
  if (clash) throw taken(ctx.locale, 'externalId');
}

/** The area a building goes into: visible to the actor, live, and one they may write in. */
async function targetArea(tx: Tx, ctx: PlaceContext, areaId: string) {
  const area = await loadParent(ctx.locale, 'areaId', () => loadArea(tx, ctx.actor, areaId, 'building.read'));
  authorize(placePermissions, ctx.actor, 'building.write', area.id);
  return area;
}

export async function createBuilding(ctx: PlaceContext, input: BuildingInput) {
  const id = newId();
  await withUniqueFields(ctx.locale, () =>
    ctx.db.transaction(async (tx) => {
      await targetArea(tx, ctx, input.areaId);
      await ensureExternalIdFree(tx, ctx, input.externalId);
      await tx.insert(buildings).values({
        organizationId: ctx.actor.organizationId,
        id,
        areaId: input.areaId,
        name: input.name || null,
        address: input.address,
        propertyDesignation: input.propertyDesignation || null,
        externalId: input.externalId || null,
        lon: input.lon,
        lat: input.lat,
      });
      await recordAudit(tx, ctx.actor, {
        action: 'create',
        entityType: 'building',
        entityId: id,
        after: input,
      });
    }),
  );
  return presentedBuilding(ctx.db, ctx, id);
}

export async function updateBuilding(ctx: PlaceContext, id: string, patch: BuildingPatch) {
  await withUniqueFields(ctx.locale, () =>
    ctx.db.transaction(async (tx) => {
      const before = await loadBuilding(tx, ctx.actor, id);
      authorize(placePermissions, ctx.actor, 'building.write', before.areaId);
      // Moving a building needs the right to write in the area it moves to as well.
      if (patch.areaId !== undefined && patch.areaId !== before.areaId)
        await targetArea(tx, ctx, patch.areaId);
      await ensureExternalIdFree(tx, ctx, patch.externalId, id);
      const emptyToNull = (value: string | null | undefined) =>
        value === undefined ? undefined : value || null;
      const changes = {
        ...patch,
        name: emptyToNull(patch.name),
        propertyDesignation: emptyToNull(patch.propertyDesignation),
        externalId: emptyToNull(patch.externalId),
        updatedAt: new Date(),
      };
      await tx.update(buildings).set(changes).where(ofBuilding(ctx, id));
      await recordAudit(tx, ctx.actor, {
        action: 'update',
        entityType: 'building',
        entityId: id,
        before,
        after: patch,
      });
    }),
  );
  return presentedBuilding(ctx.db, ctx, id);
}

export async function setBuildingArchived(ctx: PlaceContext, id: string, archived: boolean) {
  await setArchived(ctx, id, archived, {
    entityType: 'building',
    action: 'building.write',
    load: (tx) => loadBuilding(tx, ctx.actor, id),
    areaOf: (row) => row.areaId,
    write: (tx, archivedAt) =>
      tx.update(buildings).set({ archivedAt, updatedAt: new Date() }).where(ofBuilding(ctx, id)),
  });
  return presentedBuilding(ctx.db, ctx, id);
}
