import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  erasureResult,
  subjectExportQuery,
  subjectQuery,
  subjectSummary,
} from '../../../common/contracts/privacy';
import { sendFile } from '../../platform/send-file';
import {
  eraseSubjectRequest,
  exportSubject,
  privacyContext,
  searchSubject,
} from './subject-requests-service';

const tags = ['privacy'];
const config = { permission: 'privacy.subject_requests' } as const;

/**
 * Data subject requests: find, export (GDPR art. 15) and erase (art. 17) one person's data in
 * the organization. All POST: the e-mail or phone travels in the body, never in a logged URL.
 */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/privacy/subject-requests/search',
    { config, schema: { tags, body: subjectQuery, response: { 200: subjectSummary } } },
    async (request) => searchSubject(privacyContext(app, request), request.body),
  );
  app.post(
    '/privacy/subject-requests/export',
    { config, schema: { tags, body: subjectExportQuery } },
    async (request, reply) => {
      const file = await exportSubject(privacyContext(app, request), request.body);
      return sendFile(reply, file);
    },
  );
  app.post(
    '/privacy/subject-requests/erase',
    { config, schema: { tags, body: subjectQuery, response: { 200: erasureResult } } },
    async (request) => ({ erased: await eraseSubjectRequest(privacyContext(app, request), request.body) }),
  );
};
