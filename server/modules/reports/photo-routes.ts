import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import type { Tx } from '../../db/client';
import { photos } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { forbidden, notFound } from '../../platform/errors';
import { loadWorkOrder } from '../work-orders/access';
import { loadReport } from './access';
import { reportContext } from './context';
import { contentAccess, logRestrictedRead } from './restricted/content-access';

/**
 * The photo row, once the actor may read what it belongs to (a report or a work order), else 404.
 * A restricted report's photo is its content: 403 to those who see the report but not its content
 * (an admin without break-glass), and each read by the others is logged in this transaction.
 */
async function readablePhoto(tx: Tx, actor: Actor, id: string) {
  const [photo] = await tx
    .select()
    .from(photos)
    .where(and(eq(photos.organizationId, actor.organizationId), eq(photos.id, id)));
  if (!photo) throw notFound();
  if (photo.ownerType === 'report') {
    const report = await loadReport(tx, actor, photo.ownerId);
    const access = await contentAccess(tx, actor, report);
    if (access.via === 'hidden') throw forbidden();
    await logRestrictedRead(tx, actor, report.id, access, ['photo']);
  } else if (photo.ownerType === 'work_order') await loadWorkOrder(tx, actor, photo.ownerId);
  else throw notFound();
  return photo;
}

/**
 * Photos of reports and work orders, streamed from the file storage to those who may see their
 * owner. Never cached (they may show people), and never sniffed as anything but the stored image type.
 */
export const photoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/photos/:id',
    {
      config: { permission: ['report.read', 'work_order.read'] },
      schema: { tags: ['reports'], params: idParams },
    },
    async (request, reply) => {
      const { actor } = reportContext(app, request);
      // The file is fetched inside the transaction: a photo that cannot be served leaves no log row.
      const { photo, file } = await app.db.transaction(async (tx) => {
        const photo = await readablePhoto(tx, actor, request.params.id);
        const file = await app.storage.get(photo.storageKey);
        if (!file) throw notFound();
        return { photo, file };
      });
      return reply
        .header('Content-Type', photo.contentType)
        .header('Content-Disposition', `inline; filename="photo-${photo.id}.jpg"`)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .send(file.bytes);
    },
  );
};
