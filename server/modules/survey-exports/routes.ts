import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { areaReportParams, areaReportQuery, surveyExportQuery } from '../../../common/contracts/survey-texts';
import { sendFile } from '../../platform/send-file';
import { surveyContext } from '../surveys/context';
import { areaReportPdf } from './pdf-service';
import { surveyWorkbook } from './xlsx-service';

const tags = ['survey-analysis'];

/** The survey figures as files for boards and partners: a workbook, and a PDF per area. */
export const surveyExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/survey-analysis/export.xlsx',
    { config: { permission: 'survey.read' }, schema: { tags, querystring: surveyExportQuery } },
    async (request, reply) => {
      const file = await surveyWorkbook(surveyContext(app, request), request.query.waveId);
      return sendFile(reply, {
        ...file,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    },
  );
  app.get(
    '/survey-analysis/areas/:id/report.pdf',
    {
      config: { permission: 'survey.read' },
      schema: { tags, params: areaReportParams, querystring: areaReportQuery },
    },
    async (request, reply) => {
      const file = await areaReportPdf(surveyContext(app, request), request.params.id, request.query.waveId);
      return sendFile(reply, { ...file, contentType: 'application/pdf' });
    },
  );
};
