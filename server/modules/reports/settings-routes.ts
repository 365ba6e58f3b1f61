import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../common/contracts/places';
import {
  externalBody,
  externalBodyInput,
  externalBodyList,
  externalBodyPatch,
  responseTemplate,
  responseTemplateInput,
  responseTemplateList,
} from '../../../common/contracts/reports';
import { reportContext } from './context';
import {
  createExternalBody,
  listExternalBodies,
  setExternalBodyArchived,
  updateExternalBody,
} from './external-body-service';
import {
  deleteResponseTemplate,
  listResponseTemplates,
  putResponseTemplate,
} from './response-template-service';

const tags = ['reports'];
const listQuery = z.strictObject({ includeArchived: z.enum(['true', 'false']).optional() });

/** The organization's settings of reports: external bodies to forward to, and response templates. */
export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/external-bodies',
    {
      config: { permission: ['report.triage', 'report.triage_restricted', 'report.configure'] },
      schema: { tags, querystring: listQuery, response: { 200: externalBodyList } },
    },
    (request) => listExternalBodies(reportContext(app, request), request.query.includeArchived === 'true'),
  );
  app.post(
    '/external-bodies',
    {
      config: { permission: 'report.configure' },
      schema: { tags, body: externalBodyInput, response: { 201: externalBody } },
    },
    async (request, reply) =>
      reply.status(201).send(await createExternalBody(reportContext(app, request), request.body)),
  );
  app.patch(
    '/external-bodies/:id',
    {
      config: { permission: 'report.configure' },
      schema: { tags, params: idParams, body: externalBodyPatch, response: { 200: externalBody } },
    },
    (request) => updateExternalBody(reportContext(app, request), request.params.id, request.body),
  );
  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/external-bodies/:id/${verb}`,
      {
        config: { permission: 'report.configure' },
        schema: { tags, params: idParams, response: { 200: externalBody } },
      },
      (request) => setExternalBodyArchived(reportContext(app, request), request.params.id, archived),
    );
  }
  app.get(
    '/response-templates',
    { config: { permission: 'report.configure' }, schema: { tags, response: { 200: responseTemplateList } } },
    (request) => listResponseTemplates(reportContext(app, request)),
  );
  app.put(
    '/response-templates',
    {
      config: { permission: 'report.configure' },
      schema: { tags, body: responseTemplateInput, response: { 200: responseTemplate } },
    },
    (request) => putResponseTemplate(reportContext(app, request), request.body),
  );
  app.delete(
    '/response-templates/:id',
    { config: { permission: 'report.configure' }, schema: { tags, params: idParams } },
    async (request, reply) => {
      await deleteResponseTemplate(reportContext(app, request), request.params.id);
      return reply.status(204).send();
    },
  );
};
