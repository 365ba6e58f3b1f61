import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  reportCategory,
  reportCategoryInput,
  reportCategoryList,
  reportCategoryListQuery,
  reportCategoryParams,
  reportCategoryPatch,
} from '../../../../common/contracts/report-categories';
import { reportContext } from '../context';
import { forgetIntakeDirectories } from '../intake-directory';
import { createCategory, listCategories, setCategoryArchived, updateCategory } from './service';

const tags = ['report-categories'];

/** The categories tenants choose from: list, create, change, archive and restore. */
export const reportCategoryRoutes: FastifyPluginAsyncZod = async (app) => {
  // A changed category reaches the tenant form's intake at once in this process (see intake-directory.ts).
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 300) forgetIntakeDirectories(app.db);
  });
  app.get(
    '/report-categories',
    {
      config: { permission: 'report.read' },
      schema: { tags, querystring: reportCategoryListQuery, response: { 200: reportCategoryList } },
    },
    async (request) => listCategories(reportContext(app, request), request.query.includeArchived === 'true'),
  );
  app.post(
    '/report-categories',
    {
      config: { permission: 'report.configure' },
      schema: { tags, body: reportCategoryInput, response: { 201: reportCategory } },
    },
    async (request, reply) =>
      reply.status(201).send(await createCategory(reportContext(app, request), request.body)),
  );
  app.patch(
    '/report-categories/:id',
    {
      config: { permission: 'report.configure' },
      schema: {
        tags,
        params: reportCategoryParams,
        body: reportCategoryPatch,
        response: { 200: reportCategory },
      },
    },
    async (request) => updateCategory(reportContext(app, request), request.params.id, request.body),
  );
  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/report-categories/:id/${verb}`,
      {
        config: { permission: 'report.configure' },
        schema: { tags, params: reportCategoryParams, response: { 200: reportCategory } },
      },
      async (request) => setCategoryArchived(reportContext(app, request), request.params.id, archived),
    );
  }
};
