import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthRoutes } from './health/routes';
import { organizationRoutes } from './organization/routes';

/** Every domain's routes, mounted under /api by app.ts. */
export const modules: FastifyPluginAsyncZod[] = [healthRoutes, organizationRoutes];
