import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import {
  commentInput,
  linkReportsInput,
  photoPhaseQuery,
  workOrderComment,
  workOrderDetail,
  workOrderPhoto,
  workOrderReportParams,
} from '../../../common/contracts/work-orders';
import { maxPhotoBytes } from '../../../common/reporting';
import { AppError } from '../../platform/errors';
import { addComment } from './comment-service';
import { workOrderContext } from './context';
import { linkToWorkOrder, unlinkFromWorkOrder } from './link-service';
import { addPhoto } from './photo-service';

const tags = ['work orders'];

/** What hangs on a work order: its reports, comments and photos. */
export const workOrderAttachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  // One photo per request; the size limit is the public intake's, so a phone photo fits.
  await app.register(fastifyMultipart, {
    limits: { fileSize: maxPhotoBytes, files: 1, fields: 0, parts: 1 },
  });
  app.post(
    '/work-orders/:id/reports',
    {
      config: { permission: 'work_order.update' },
      schema: { tags, params: idParams, body: linkReportsInput, response: { 200: workOrderDetail } },
    },
    async (request) =>
      linkToWorkOrder(workOrderContext(app, request), request.params.id, request.body.reportIds),
  );
  app.delete(
    '/work-orders/:id/reports/:reportId',
    {
      config: { permission: 'work_order.update' },
      schema: { tags, params: workOrderReportParams, response: { 200: workOrderDetail } },
    },
    async (request) =>
      unlinkFromWorkOrder(workOrderContext(app, request), request.params.id, request.params.reportId),
  );
  app.post(
    '/work-orders/:id/comments',
    {
      config: { permission: 'work_order.comment' },
      schema: { tags, params: idParams, body: commentInput, response: { 201: workOrderComment } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addComment(workOrderContext(app, request), request.params.id, request.body.body)),
  );
  app.post(
    '/work-orders/:id/photos',
    {
      config: { permission: ['work_order.update', 'work_order.update_assigned'] },
      schema: { tags, params: idParams, querystring: photoPhaseQuery, response: { 201: workOrderPhoto } },
    },
    async (request, reply) => {
      const ctx = workOrderContext(app, request);
      const readFile = async () => {
        if (!request.isMultipart()) throw new AppError('unsupported_media_type');
        const file = await request.file();
        return file ? file.toBuffer() : null;
      };
      return reply.status(201).send(await addPhoto(ctx, request.params.id, request.query.phase, readFile));
    },
  );
};
