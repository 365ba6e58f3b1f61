import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import {
  importPreview,
  importResult,
  paperResponseInput,
  surveyReceipt,
} from '../../../common/contracts/survey-responses';
import { surveyContext } from './context';
import { commitImport, previewImport } from './import-service';
import { importFileLimits, readImportUpload } from './import-upload';
import { keyPaperResponse } from './paper-service';

const tags = ['surveys'];

/** Answers that staff bring in: paper forms keyed in one by one, and vendor files (CSV). */
export const surveyIntakeRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart, { limits: importFileLimits });
  app.post(
    '/survey-waves/:id/paper-responses',
    {
      config: { permission: 'survey.key_paper' },
      schema: {
        tags,
        params: idParams,
        body: paperResponseInput,
        response: { 200: surveyReceipt, 201: surveyReceipt },
      },
    },
    async (request, reply) => {
      const result = await keyPaperResponse(surveyContext(app, request), request.params.id, request.body);
      return reply.status(result.created ? 201 : 200).send({ received: true });
    },
  );
  app.post(
    '/survey-waves/:id/import/preview',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, params: idParams, response: { 200: importPreview } },
    },
    async (request) => {
      const ctx = surveyContext(app, request);
      return previewImport(ctx, request.params.id, await readImportUpload(request));
    },
  );
  app.post(
    '/survey-waves/:id/import',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, params: idParams, response: { 201: importResult } },
    },
    async (request, reply) => {
      const ctx = surveyContext(app, request);
      const result = await commitImport(ctx, request.params.id, await readImportUpload(request));
      return reply.status(201).send(result);
    },
  );
};
