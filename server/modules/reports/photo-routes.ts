import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import { photos } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { loadWorkOrder } from '../work-orders/access';
import { loadReport } from './access';
import { type ReportContext, reportContext } from './context';

/** The photo row, once the actor may read what it belongs to (a report or a work order), else 404. */
async function readablePhoto(ctx: ReportContext, id: string) {
  const [photo] = await ctx.db
    .select()
    .from(photos)
    .where(and(eq(photos.organizationId, ctx.actor.organizationId), eq(photos.id, id)));
  if (!photo) throw notFound();
  if (photo.ownerType === 'report') await loadReport(ctx.db, ctx.actor, photo.ownerId);
  else if (photo.ownerType === 'work_order') await loadWorkOrder(ctx.db, ctx.actor, photo.ownerId);
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
      const photo = await readablePhoto(reportContext(app, request), request.params.id);
      const file = await app.storage.get(photo.storageKey);
      if (!file) throw notFound();
      return reply
        .header('Content-Type', photo.contentType)
        .header('Content-Disposition', `inline; filename="photo-${photo.id}.jpg"`)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .send(file.bytes);
    },
  );
};
