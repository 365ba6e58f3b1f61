import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Open311 GeoReport v2. */
export const open311Routes: FastifyPluginAsyncZod = async () => {};
