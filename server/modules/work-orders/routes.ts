import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { workOrderAssigneeRoutes } from './assignees-route';
import { workOrderAttachmentRoutes } from './attachment-routes';
import { workOrderCrudRoutes } from './work-order-routes';

/** Staff API of work orders (åtgärder). */
export const workOrderRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(workOrderAssigneeRoutes);
  await app.register(workOrderCrudRoutes);
  await app.register(workOrderAttachmentRoutes);
};
