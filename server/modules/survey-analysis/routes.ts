import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import {
  areaDetail,
  areaDetailQuery,
  benchmark,
  benchmarkOptIn,
  benchmarkQuery,
  choropleth,
  compareQuery,
  comparison,
  mapQuery,
  overview,
  overviewQuery,
  signalList,
  targetInput,
  targetList,
  targetsQuery,
  targetView,
} from '../../../common/contracts/survey-analysis';
import { ownQuestionResults, ownQuestionsQuery } from '../../../common/contracts/survey-own-questions';
import { requireActor } from '../../platform/auth/plugin';
import { requestLocale } from '../../platform/locale';
import { getAreaDetail } from './area-detail-service';
import { setBenchmarkOptIn, surveyBenchmark } from './benchmark-service';
import { compareAreas } from './compare-service';
import type { AnalysisContext } from './context';
import { surveyMap } from './map-service';
import { surveyOverview } from './overview-service';
import { ownChoiceResults } from './own-choice-service';
import { surveySignals } from './signals-service';
import { listTargets, putTarget } from './targets-service';

const tags = ['survey analysis'];

/** The services' context for one request: 401 unless someone is logged in. */
export function analysisContext(app: FastifyInstance, request: FastifyRequest): AnalysisContext {
  return { db: app.db, actor: requireActor(request), locale: requestLocale(request) };
}

/** Survey figures: overview, area page, signals, comparison, map, targets and benchmark. */
export const surveyAnalysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => analysisContext(app, request);
  app.get(
    '/survey-analysis/overview',
    {
      config: { permission: 'survey.read' },
      schema: { tags, querystring: overviewQuery, response: { 200: overview } },
    },
    async (request) => surveyOverview(ctx(request), request.query),
  );
  // :id (not :areaId) so that the tenancy walk over id routes covers it.
  app.get(
    '/survey-analysis/areas/:id',
    {
      config: { permission: 'survey.read' },
      schema: { tags, params: idParams, querystring: areaDetailQuery, response: { 200: areaDetail } },
    },
    async (request) => getAreaDetail(ctx(request), request.params.id, request.query),
  );
  app.get(
    '/survey-analysis/areas/:id/own-questions',
    {
      config: { permission: 'survey.read' },
      schema: {
        tags,
        params: idParams,
        querystring: ownQuestionsQuery,
        response: { 200: ownQuestionResults },
      },
    },
    async (request) => ownChoiceResults(ctx(request), request.params.id, request.query),
  );
  app.get(
    '/survey-analysis/signals',
    { config: { permission: 'survey.read' }, schema: { tags, response: { 200: signalList } } },
    async (request) => surveySignals(ctx(request)),
  );
  app.get(
    '/survey-analysis/compare',
    {
      config: { permission: 'survey.read' },
      schema: { tags, querystring: compareQuery, response: { 200: comparison } },
    },
    async (request) => compareAreas(ctx(request), request.query),
  );
  app.get(
    '/survey-analysis/map',
    {
      config: { permission: 'survey.read' },
      schema: { tags, querystring: mapQuery, response: { 200: choropleth } },
    },
    async (request) => surveyMap(ctx(request), request.query),
  );
  app.get(
    '/survey-targets',
    {
      config: { permission: 'survey.read' },
      schema: { tags, querystring: targetsQuery, response: { 200: targetList } },
    },
    async (request) => listTargets(ctx(request), request.query.areaId),
  );
  app.put(
    '/survey-targets',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, body: targetInput, response: { 200: targetView } },
    },
    async (request) => putTarget(ctx(request), request.body),
  );
  app.get(
    '/survey-analysis/benchmark',
    {
      config: { permission: 'survey.read' },
      schema: { tags, querystring: benchmarkQuery, response: { 200: benchmark } },
    },
    async (request) => surveyBenchmark(ctx(request), request.query),
  );
  app.put(
    '/organization/survey-benchmark',
    {
      config: { permission: 'survey.benchmark_opt_in' },
      schema: { tags, body: benchmarkOptIn, response: { 200: benchmarkOptIn } },
    },
    async (request) => setBenchmarkOptIn(ctx(request), request.body.optIn),
  );
};
