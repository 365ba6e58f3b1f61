import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Staff API of reports. */
export const reportRoutes: FastifyPluginAsyncZod = async () => {};
