import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import {
  areaReportCounts,
  duplicateSuggestions,
  reportDetail,
  reportExportQuery,
  reportFigures,
  reportFiguresQuery,
  reportFilters,
  reportList,
  reportListQuery,
  reportMap,
  reportMapQuery,
  staffReportInput,
  staffReportReceipt,
} from '../../../common/contracts/reports';
import { sendFile } from '../../platform/send-file';
import { reportContext } from './context';
import { getReportDetail } from './detail-service';
import { suggestDuplicates } from './duplicate-service';
import { exportReports } from './export-service';
import { reportFiguresOf } from './figures-service';
import { countReportsPerArea, listReports } from './inbox-service';
import { reportsMap } from './map-service';
import { createStaffReport } from './staff-report-service';

const tags = ['reports'];

/** The staff inbox: list, counts, map, detail, suggestions, staff-made reports, export, figures. */
export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports',
    {
      config: { permission: 'report.read' },
      schema: { tags, querystring: reportListQuery, response: { 200: reportList } },
    },
    (request) => listReports(reportContext(app, request), request.query),
  );
  app.get(
    '/reports/counts',
    {
      config: { permission: 'report.read' },
      schema: { tags, querystring: reportFilters, response: { 200: areaReportCounts } },
    },
    (request) => countReportsPerArea(reportContext(app, request), request.query),
  );
  app.get(
    '/reports/map',
    {
      config: { permission: 'report.read' },
      schema: { tags, querystring: reportMapQuery, response: { 200: reportMap } },
    },
    (request) => reportsMap(reportContext(app, request), request.query),
  );
  app.get(
    '/reports/figures',
    {
      config: { permission: 'report.figures' },
      schema: { tags, querystring: reportFiguresQuery, response: { 200: reportFigures } },
    },
    (request) => reportFiguresOf(reportContext(app, request), request.query),
  );
  app.get(
    '/reports/export',
    { config: { permission: 'report.export' }, schema: { tags, querystring: reportExportQuery } },
    async (request, reply) => {
      const file = await exportReports(reportContext(app, request), request.query);
      return sendFile(reply, file);
    },
  );
  app.post(
    '/reports',
    {
      config: { permission: 'report.create' },
      schema: {
        tags,
        body: staffReportInput,
        response: { 200: staffReportReceipt, 201: staffReportReceipt },
      },
    },
    async (request, reply) => {
      const receipt = await createStaffReport(reportContext(app, request), request.body);
      return reply.status(receipt.alreadyReceived ? 200 : 201).send(receipt);
    },
  );
  app.get(
    '/reports/:id',
    {
      config: { permission: 'report.read' },
      schema: { tags, params: idParams, response: { 200: reportDetail } },
    },
    (request) => getReportDetail(reportContext(app, request), request.params.id),
  );
  app.get(
    '/reports/:id/duplicates/suggestions',
    {
      config: { permission: 'report.read' },
      schema: { tags, params: idParams, response: { 200: duplicateSuggestions } },
    },
    (request) => suggestDuplicates(reportContext(app, request), request.params.id),
  );
};
