import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import { lettersInput, openLinks } from '../../../common/contracts/survey-waves';
import { surveyContext } from './context';
import { printLetters } from './letters-service';
import { listOpenLinks } from './open-links-service';

const tags = ['surveys'];

/** Letters with one-time codes (PDF) and the open links per entrance of a wave. */
export const surveyLetterRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/survey-waves/:id/letters',
    { config: { permission: 'survey.manage' }, schema: { tags, params: idParams, body: lettersInput } },
    async (request, reply) => {
      const pdf = await printLetters(surveyContext(app, request), request, request.params.id, request.body);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'attachment; filename="enkatbrev.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
  app.get(
    '/survey-waves/:id/open-links',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, params: idParams, response: { 200: openLinks } },
    },
    async (request) => listOpenLinks(surveyContext(app, request), request.params.id),
  );
};
