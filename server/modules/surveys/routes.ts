import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { surveyIndexRoutes } from './indexes-routes';
import { surveyInvitationRoutes } from './invitations-routes';
import { surveyLetterRoutes } from './letters-routes';
import { surveyQuestionRoutes } from './questions-routes';
import { surveyWaveRoutes } from './waves-routes';

/** Staff API of surveys: the question bank and own indexes, waves, codes and letters, open links, invitations. */
export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(surveyQuestionRoutes);
  await app.register(surveyIndexRoutes);
  await app.register(surveyWaveRoutes);
  await app.register(surveyLetterRoutes);
  await app.register(surveyInvitationRoutes);
};
