import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/contracts/places';
import { waveDetail, waveInput, waveList, wavePatch } from '../../../common/contracts/survey-waves';
import { surveyContext } from './context';
import { getWaveDetail, listWaves } from './waves-read';
import { createWave, updateWave } from './waves-service';

const tags = ['surveys'];

/** Survey waves (mätomgångar): list, create, read with live response rates, change. */
export const surveyWaveRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/survey-waves',
    { config: { permission: 'survey.read' }, schema: { tags, response: { 200: waveList } } },
    async (request) => listWaves(surveyContext(app, request)),
  );
  app.post(
    '/survey-waves',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, body: waveInput, response: { 201: waveDetail } },
    },
    async (request, reply) =>
      reply.status(201).send(await createWave(surveyContext(app, request), request.body)),
  );
  app.get(
    '/survey-waves/:id',
    {
      config: { permission: 'survey.read' },
      schema: { tags, params: idParams, response: { 200: waveDetail } },
    },
    async (request) => getWaveDetail(surveyContext(app, request), request.params.id),
  );
  app.patch(
    '/survey-waves/:id',
    {
      config: { permission: 'survey.manage' },
      schema: { tags, params: idParams, body: wavePatch, response: { 200: waveDetail } },
    },
    async (request) => updateWave(surveyContext(app, request), request.params.id, request.body),
  );
};
