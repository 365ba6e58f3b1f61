import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { entranceInput, entrancePatch } from '../../../common/contracts/places';
import type { Tx } from '../../db/client';
import { entrances } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { newId, randomToken } from '../../platform/ids';
import { authorize } from '../../platform/policy';
import { loadBuilding, loadEntrance, loadParent } from './access';
import { setArchived } from './archive';
import type { PlaceContext } from './context';
import { apartmentCountOfEntrance } from './counts';
import { placePermissions } from './policy';
import { presentEntrance } from './presenter';

type EntranceInput = z.infer<typeof entranceInput>;
type EntrancePatch = z.infer<typeof entrancePatch>;
const ofEntrance = (ctx: PlaceContext, id: string) =>
  and(eq(entrances.organizationId, ctx.actor.organizationId), eq(entrances.id, id));

export async function presentedEntrance(db: Tx, ctx: PlaceContext, id: string) {
  await loadEntrance(db, ctx.actor, id);
  const [row] = await db
    .select({ entrance: entrances, apartmentCount: apartmentCountOfEntrance })
    .from(entrances)
    .where(ofEntrance(ctx, id));
  return presentEntrance(row.entrance, row.apartmentCount);
}

export async function createEntrance(ctx: PlaceContext, input: EntranceInput) {
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const building = await loadParent(ctx.locale, 'buildingId', () =>
      loadBuilding(tx, ctx.actor, input.buildingId, 'entrance.read'),
    );
    authorize(placePermissions, ctx.actor, 'entrance.write', building.areaId);
    // 16 random bytes: the token is printed as a QR code, so it must not be guessable from an id.
    const row = { organizationId: ctx.actor.organizationId, id, ...input, publicToken: randomToken(16) };
    await tx.insert(entrances).values(row);
    await recordAudit(tx, ctx.actor, {
      action: 'create',
      entityType: 'entrance',
      entityId: id,
      after: input,
    });
  });
  return presentedEntrance(ctx.db, ctx, id);
}

export async function updateEntrance(ctx: PlaceContext, id: string, patch: EntrancePatch) {
  await ctx.db.transaction(async (tx) => {
    const before = await loadEntrance(tx, ctx.actor, id);
    authorize(placePermissions, ctx.actor, 'entrance.write', before.areaId);
    await tx
      .update(entrances)
      .set({ ...patch, updatedAt: new Date() })
      .where(ofEntrance(ctx, id));
    await recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'entrance',
      entityId: id,
      before,
      after: patch,
    });
  });
  return presentedEntrance(ctx.db, ctx, id);
}

export async function setEntranceArchived(ctx: PlaceContext, id: string, archived: boolean) {
  await setArchived(ctx, id, archived, {
    entityType: 'entrance',
    action: 'entrance.write',
    load: (tx) => loadEntrance(tx, ctx.actor, id),
    areaOf: (row) => row.areaId,
    write: (tx, archivedAt) =>
      tx.update(entrances).set({ archivedAt, updatedAt: new Date() }).where(ofEntrance(ctx, id)),
  });
  return presentedEntrance(ctx.db, ctx, id);
}
