import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import {
  acceptInput,
  forwardInput,
  mergeInput,
  rejectInput,
  replyInput,
  reportDetail,
} from '../../../common/contracts/reports';
import { reportContext } from './context';
import { forwardReport } from './forward-service';
import { acceptReport, mergeReport, rejectReport, replyToReport } from './triage-service';

const tags = ['reports'];
const schema = <B>(body: B) => ({ tags, params: idParams, body, response: { 200: reportDetail } });

/** Triaging a restricted report takes triage_restricted; the handler decides per report. */
const config = { permission: ['report.triage', 'report.triage_restricted'] } as const;

/** Triage: accept, merge as duplicate, reject, forward to another body, reply. Each answers the new detail. */
export const triageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/reports/:id/accept', { config, schema: schema(acceptInput) }, (request) =>
    acceptReport(reportContext(app, request), request.params.id, request.body),
  );
  app.post('/reports/:id/merge', { config, schema: schema(mergeInput) }, (request) =>
    mergeReport(reportContext(app, request), request.params.id, request.body),
  );
  app.post('/reports/:id/reject', { config, schema: schema(rejectInput) }, (request) =>
    rejectReport(reportContext(app, request), request.params.id, request.body),
  );
  app.post('/reports/:id/forward', { config, schema: schema(forwardInput) }, (request) =>
    forwardReport(reportContext(app, request), request.params.id, request.body),
  );
  app.post('/reports/:id/reply', { config, schema: schema(replyInput) }, (request) =>
    replyToReport(reportContext(app, request), request.params.id, request.body),
  );
};
