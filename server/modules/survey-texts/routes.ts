import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  freeTextItem,
  freeTextList,
  freeTextQuery,
  heatmap,
  heatmapQuery,
  themeCorrectionInput,
  themeCorrectionParams,
} from '../../../common/contracts/survey-texts';
import { surveyContext } from '../surveys/context';
import { clearThemeCorrection, correctTheme } from './correction-service';
import { listFreeText } from './free-text-service';
import { heatmapOf } from './heatmap-service';

const tags = ['survey-analysis'];

/** Free-text answers with their themes and staff corrections, and the heat map of marked places. */
export const surveyTextRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/survey-analysis/free-text',
    {
      config: { permission: 'survey.read_free_text' },
      schema: { tags, querystring: freeTextQuery, response: { 200: freeTextList } },
    },
    (request) => listFreeText(surveyContext(app, request), request.query),
  );
  app.put(
    '/survey-analysis/free-text/:id/themes/:themeKey',
    {
      config: { permission: 'survey.read_free_text' },
      schema: {
        tags,
        params: themeCorrectionParams,
        body: themeCorrectionInput,
        response: { 200: freeTextItem },
      },
    },
    (request) =>
      correctTheme(
        surveyContext(app, request),
        { responseId: request.params.id, themeKey: request.params.themeKey },
        request.body.action,
      ),
  );
  app.delete(
    '/survey-analysis/free-text/:id/themes/:themeKey',
    {
      config: { permission: 'survey.read_free_text' },
      schema: { tags, params: themeCorrectionParams, response: { 200: freeTextItem } },
    },
    (request) =>
      clearThemeCorrection(surveyContext(app, request), {
        responseId: request.params.id,
        themeKey: request.params.themeKey,
      }),
  );
  app.get(
    '/survey-analysis/heatmap',
    {
      config: { permission: 'survey.read' },
      schema: { tags, querystring: heatmapQuery, response: { 200: heatmap } },
    },
    (request) => heatmapOf(surveyContext(app, request), request.query),
  );
};
