import { photos } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { forbidden } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { reencodePhoto } from '../../platform/images';
import { loadWorkOrder, mayAddPhotos } from './access';
import type { WorkOrderContext } from './context';
import { presentPhoto } from './detail-service';
import { fieldError } from './messages';

/**
 * A photo before or after the work: planners, and field staff on their own work orders. The
 * file is re-encoded (metadata and position dropped) before it is stored; when the row cannot be
 * written the stored file is removed again, so nothing half-saved remains.
 */
export async function addPhoto(
  ctx: WorkOrderContext,
  workOrderId: string,
  phase: 'before' | 'after',
  readFile: () => Promise<Buffer | null>,
) {
  const workOrder = await loadWorkOrder(ctx.db, ctx.actor, workOrderId);
  if (!mayAddPhotos(ctx.actor, workOrder)) throw forbidden();
  const bytes = await readFile();
  if (!bytes) throw fieldError(ctx.locale, 'photo', 'fileMissing');
  const photo = await reencodePhoto(bytes, { field: 'photo', locale: ctx.locale });
  const id = newId();
  const storageKey = `${ctx.actor.organizationId}/${id}.jpg`;
  await ctx.app.storage.put(storageKey, photo.bytes, photo.contentType);
  try {
    const [row] = await ctx.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(photos)
        .values({
          organizationId: ctx.actor.organizationId,
          id,
          ownerType: 'work_order',
          ownerId: workOrderId,
          phase,
          storageKey,
          contentType: photo.contentType,
          width: photo.width,
          height: photo.height,
          bytes: photo.bytes.length,
        })
        .returning();
      await recordAudit(tx, ctx.actor, {
        action: 'add_photo',
        entityType: 'work_order',
        entityId: workOrderId,
        after: { photoId: id, phase },
      });
      return inserted;
    });
    return presentPhoto(row);
  } catch (error) {
    await ctx.app.storage.delete(storageKey);
    throw error;
  }
}
