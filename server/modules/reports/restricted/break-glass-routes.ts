import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../../common/contracts/places';
import { breakGlassInput, reportDetail } from '../../../../common/contracts/reports';
import { reportContext } from '../context';
import { breakGlass } from './break-glass-service';

/** POST /api/reports/:id/break-glass: open a restricted report's content, with a reason, for a while. */
export const breakGlassRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/reports/:id/break-glass',
    {
      config: { permission: 'report.break_glass' },
      schema: { tags: ['reports'], params: idParams, body: breakGlassInput, response: { 200: reportDetail } },
    },
    (request) => breakGlass(reportContext(app, request), request.params.id, request.body),
  );
};
