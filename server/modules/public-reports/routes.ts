import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The public (no account) report page's API. */
export const publicReportRoutes: FastifyPluginAsyncZod = async () => {};
