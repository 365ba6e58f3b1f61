import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  surveyIndexInput,
  surveyIndexKeyParams,
  surveyIndexPatch,
  surveyIndexView,
} from '../../../common/contracts/survey-indexes';
import { surveyContext } from './context';
import { archiveIndex, createIndex, updateIndex } from './indexes-service';

const tags = ['surveys'];

/** The organization's own composite indexes; GET /api/survey-questions lists them with the bank. */
export const surveyIndexRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/survey-indexes',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, body: surveyIndexInput, response: { 201: surveyIndexView } },
    },
    async (request, reply) =>
      reply.status(201).send(await createIndex(surveyContext(app, request), request.body)),
  );
  app.patch(
    '/survey-indexes/:key',
    {
      config: { permission: 'survey.manage' },
      schema: {
        tags,
        params: surveyIndexKeyParams,
        body: surveyIndexPatch,
        response: { 200: surveyIndexView },
      },
    },
    async (request) => updateIndex(surveyContext(app, request), request.params.key, request.body),
  );
  app.delete(
    '/survey-indexes/:key',
    { config: { permission: 'survey.manage' }, schema: { tags, params: surveyIndexKeyParams } },
    async (request, reply) => {
      await archiveIndex(surveyContext(app, request), request.params.key);
      return reply.status(204).send();
    },
  );
};
