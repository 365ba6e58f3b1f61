import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  legacyOpenLinkParams,
  surveyCodeParams,
  surveyForm,
  surveyOpenLinkParams,
  surveyReceipt,
  surveySubmission,
} from '../../../common/contracts/survey-responses';
import { requestLocale } from '../../platform/locale';
import { surveyFormOf } from './form-service';
import { limitOpenLinkPerEntrance, surveyReadLimit, surveySubmitLimit } from './rate-limits';
import { submitSurvey } from './submit-service';
import { refuseLegacyOpenLink, targetOfCode, targetOfOpenLink } from './survey-target';

const tags = ['public-surveys'];

/**
 * The tenant survey page's API (no account). Like the public report intake, the submission acts
 * for nobody, so it needs no CSRF token (csrf: false); every route is rate-limited instead.
 */
export const publicSurveyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/surveys/code/:code',
    {
      config: { ...surveyReadLimit, public: true },
      schema: { tags, params: surveyCodeParams, response: { 200: surveyForm } },
    },
    async (request) => surveyFormOf(app.db, await targetOfCode(app.db, request.params.code)),
  );
  app.get(
    '/public/surveys/open/:token',
    {
      config: { ...surveyReadLimit, public: true },
      schema: { tags, params: surveyOpenLinkParams, response: { 200: surveyForm } },
    },
    async (request) => surveyFormOf(app.db, await targetOfOpenLink(app.db, request.params.token)),
  );
  // The old form, which the place search's entrance tokens could fill in: 410 with kind words.
  app.get(
    '/public/surveys/open/:waveId/:entranceToken',
    {
      config: { ...surveyReadLimit, public: true },
      schema: { tags, params: legacyOpenLinkParams, response: { 200: surveyForm } },
    },
    async () => refuseLegacyOpenLink(),
  );
  app.post(
    '/public/surveys/responses',
    {
      config: { public: true, ...surveySubmitLimit(app.config), csrf: false },
      schema: { tags, body: surveySubmission, response: { 200: surveyReceipt, 201: surveyReceipt } },
      preHandler: async (request) => {
        // The old link form is refused (410) before it could count against anyone's stairwell.
        if (request.body.open && 'token' in request.body.open) await limitOpenLinkPerEntrance(app, request);
      },
    },
    async (request, reply) => {
      const result = await submitSurvey(
        app.db,
        request.body,
        requestLocale(request),
        app.config.SURVEY_MIX_MAX_WAIT_SECONDS,
      );
      return reply.status(result.created ? 201 : 200).send({ received: true });
    },
  );
};
