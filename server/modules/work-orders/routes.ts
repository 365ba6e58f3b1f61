import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Staff API of work orders. */
export const workOrderRoutes: FastifyPluginAsyncZod = async () => {};
