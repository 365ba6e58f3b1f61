import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import { invitationInput, invitationResult } from '../../../common/contracts/survey-waves';
import { publicBaseUrl } from '../../platform/public-url';
import { surveyContext } from './context';
import { inviteHousehold } from './invitations-service';

const tags = ['surveys'];

/** Invitations to a continuous survey (after a move-in or a closed work order; also for integrations). */
export const surveyInvitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/survey-waves/:id/invitations',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, params: idParams, body: invitationInput, response: { 201: invitationResult } },
    },
    async (request, reply) => {
      const ctx = surveyContext(app, request);
      const result = await inviteHousehold(
        ctx,
        publicBaseUrl(app.config, request),
        request.params.id,
        request.body,
      );
      return reply.status(201).header('cache-control', 'no-store').send(result);
    },
  );
};
