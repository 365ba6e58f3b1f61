import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { surveyQuestionDefinition } from '../../../common/contracts/survey-questions';
import { surveyQuestionBank, surveyQuestionView } from '../../../common/contracts/survey-waves';
import { surveyContext } from './context';
import { addQuestion, questionBank } from './questions-service';

const tags = ['surveys'];

/** The question bank: the default questionnaire and the organization's own questions. */
export const surveyQuestionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/survey-questions',
    { config: { permission: 'survey.read' }, schema: { tags, response: { 200: surveyQuestionBank } } },
    async (request) => questionBank(surveyContext(app, request)),
  );
  app.post(
    '/survey-questions',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, body: surveyQuestionDefinition, response: { 201: surveyQuestionView } },
    },
    async (request, reply) =>
      reply.status(201).send(await addQuestion(surveyContext(app, request), request.body)),
  );
};
