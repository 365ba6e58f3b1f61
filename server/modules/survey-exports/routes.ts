import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { areaReportParams, areaReportQuery, surveyExportQuery } from '../../../common/contracts/survey-texts';
import { surveyContext } from '../surveys/context';
import { areaReportPdf } from './pdf-service';
import { surveyWorkbook } from './xlsx-service';

const tags = ['survey-analysis'];

function sendFile(reply: FastifyReply, file: { body: Buffer; filename: string }, contentType: string) {
  return reply
    .header('Content-Type', contentType)
    .header('Content-Disposition', `attachment; filename="${file.filename}"`)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .send(file.body);
}

/** The survey figures as files for boards and partners: a workbook, and a PDF per area. */
export const surveyExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/survey-analysis/export.xlsx',
    { config: { permission: 'survey.read' }, schema: { tags, querystring: surveyExportQuery } },
    async (request, reply) => {
      const file = await surveyWorkbook(surveyContext(app, request), request.query.waveId);
      return sendFile(reply, file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
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
      return sendFile(reply, file, 'application/pdf');
    },
  );
};
