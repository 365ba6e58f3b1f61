import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  open311Publication,
  open311PublicationInput,
  publicSummaryInput,
  publicSummaryView,
} from '../../../common/contracts/open311';
import { idParams } from '../../../common/contracts/places';
import { requireActor } from '../../platform/auth/plugin';
import { reportContext } from '../reports/context';
import { publishesSummaries, setPublication } from './publication-service';
import { approvePublicSummary, getPublicSummary, withdrawPublicSummary } from './summary-service';

const tags = ['open311'];

/**
 * Publication with moderation: the organization's switch (admins) and each report's public
 * summary, which coordinators approve and withdraw on the report's page.
 */
export const open311ModerationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/open311-publication',
    {
      config: { permission: 'report.configure' },
      schema: { tags, response: { 200: open311Publication } },
    },
    async (request) => ({
      publishSummaries: await publishesSummaries(app.db, requireActor(request).organizationId),
    }),
  );
  app.put(
    '/open311-publication',
    {
      config: { permission: 'open311.publication' },
      schema: { tags, body: open311PublicationInput, response: { 200: open311Publication } },
    },
    (request) => setPublication(app.db, requireActor(request), request.body.publishSummaries),
  );
  app.get(
    '/reports/:id/public-summary',
    {
      config: { permission: 'report.read' },
      schema: { tags, params: idParams, response: { 200: publicSummaryView } },
    },
    (request) => getPublicSummary(reportContext(app, request), request.params.id),
  );
  app.put(
    '/reports/:id/public-summary',
    {
      config: { permission: 'open311.moderate_summary' },
      schema: { tags, params: idParams, body: publicSummaryInput, response: { 200: publicSummaryView } },
    },
    (request) => approvePublicSummary(reportContext(app, request), request.params.id, request.body.text),
  );
  app.delete(
    '/reports/:id/public-summary',
    {
      config: { permission: 'open311.moderate_summary' },
      schema: { tags, params: idParams, response: { 200: publicSummaryView } },
    },
    (request) => withdrawPublicSummary(reportContext(app, request), request.params.id),
  );
};
