import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { apartmentInput, apartmentPatch } from '../../../common/contracts/places';
import type { Tx } from '../../db/client';
import { apartments } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { newId } from '../../platform/ids';
import { authorize } from '../../platform/policy';
import { loadApartment, loadEntrance, loadParent } from './access';
import { setArchived } from './archive';
import type { PlaceContext } from './context';
import { placePermissions } from './policy';
import { presentApartment } from './presenter';
import { taken, withUniqueFields } from './unique';

type ApartmentInput = z.infer<typeof apartmentInput>;
type ApartmentPatch = z.infer<typeof apartmentPatch>;
const ofApartment = (ctx: PlaceContext, id: string) =>
  and(eq(apartments.organizationId, ctx.actor.organizationId), eq(apartments.id, id));

async function ensureObjectIdFree(
  tx: Tx,
  ctx: PlaceContext,
  objectId: string | undefined,
  exceptId?: string,
) {
  if (objectId === undefined) return;
  const [clash] = await tx
    .select({ id: apartments.id })
    .from(apartments)
    .where(
      and(
        eq(apartments.organizationId, ctx.actor.organizationId),
        eq(apartments.objectId, objectId),
        exceptId ? ne(apartments.id, exceptId) : undefined,
      ),
    );
  if (clash) throw taken(ctx.locale, 'objectId');
}

export async function createApartment(ctx: PlaceContext, input: ApartmentInput) {
  const id = newId();
  await withUniqueFields(ctx.locale, () =>
    ctx.db.transaction(async (tx) => {
      const entrance = await loadParent(ctx.locale, 'entranceId', () =>
        loadEntrance(tx, ctx.actor, input.entranceId, 'apartment.read'),
      );
      authorize(placePermissions, ctx.actor, 'apartment.write', entrance.areaId);
      await ensureObjectIdFree(tx, ctx, input.objectId);
      await tx.insert(apartments).values({ organizationId: ctx.actor.organizationId, id, ...input });
      await recordAudit(tx, ctx.actor, {
        action: 'create',
        entityType: 'apartment',
        entityId: id,
        after: input,
      });
    }),
  );
  return presentApartment(await loadApartment(ctx.db, ctx.actor, id));
}

export async function updateApartment(ctx: PlaceContext, id: string, patch: ApartmentPatch) {
  await withUniqueFields(ctx.locale, () =>
    ctx.db.transaction(async (tx) => {
      const before = await loadApartment(tx, ctx.actor, id);
      authorize(placePermissions, ctx.actor, 'apartment.write', before.areaId);
      await ensureObjectIdFree(tx, ctx, patch.objectId, id);
      await tx
        .update(apartments)
        .set({ ...patch, updatedAt: new Date() })
        .where(ofApartment(ctx, id));
      await recordAudit(tx, ctx.actor, {
        action: 'update',
        entityType: 'apartment',
        entityId: id,
        before,
        after: patch,
      });
    }),
  );
  return presentApartment(await loadApartment(ctx.db, ctx.actor, id));
}

export async function setApartmentArchived(ctx: PlaceContext, id: string, archived: boolean) {
  await setArchived(ctx, id, archived, {
    entityType: 'apartment',
    action: 'apartment.write',
    load: (tx) => loadApartment(tx, ctx.actor, id),
    areaOf: (row) => row.areaId,
    write: (tx, archivedAt) =>
      tx.update(apartments).set({ archivedAt, updatedAt: new Date() }).where(ofApartment(ctx, id)),
  });
  return presentApartment(await loadApartment(ctx.db, ctx.actor, id));
}
