import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import {
  workOrderDetail,
  workOrderExportQuery,
  workOrderInput,
  workOrderList,
  workOrderListQuery,
  workOrderPatch,
} from '../../../common/contracts/work-orders';
import { workOrderContext } from './context';
import { createWorkOrder } from './create-service';
import { getWorkOrderDetail } from './detail-service';
import { exportWorkOrders } from './export-service';
import { presentSummary } from './presenter';
import { selectSummaries } from './summaries';
import { updateWorkOrder } from './update-service';

const tags = ['work orders'];
/** The list has no paging: a phone or a planner's table shows the latest this many. */
const listLimit = 500;

/** Work orders: create, list, read, change, export. */
export const workOrderCrudRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/work-orders',
    {
      config: { permission: 'work_order.create' },
      schema: { tags, body: workOrderInput, response: { 201: workOrderDetail } },
    },
    async (request, reply) =>
      reply.status(201).send(await createWorkOrder(workOrderContext(app, request), request.body)),
  );
  app.get(
    '/work-orders',
    {
      config: { permission: 'work_order.read' },
      schema: { tags, querystring: workOrderListQuery, response: { 200: workOrderList } },
    },
    async (request) => {
      const ctx = workOrderContext(app, request);
      const rows = await selectSummaries(ctx.db, ctx.actor, request.query, { limit: listLimit });
      return { items: rows.map((row) => presentSummary(row)) };
    },
  );
  app.get(
    '/work-orders/export',
    { config: { permission: 'work_order.export' }, schema: { tags, querystring: workOrderExportQuery } },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const file = await exportWorkOrders(workOrderContext(app, request), filters, format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.bytes);
    },
  );
  app.get(
    '/work-orders/:id',
    {
      config: { permission: 'work_order.read' },
      schema: { tags, params: idParams, response: { 200: workOrderDetail } },
    },
    async (request) => getWorkOrderDetail(workOrderContext(app, request), request.params.id),
  );
  app.patch(
    '/work-orders/:id',
    {
      config: { permission: ['work_order.update', 'work_order.update_assigned'] },
      schema: { tags, params: idParams, body: workOrderPatch, response: { 200: workOrderDetail } },
    },
    async (request) => updateWorkOrder(workOrderContext(app, request), request.params.id, request.body),
  );
};
