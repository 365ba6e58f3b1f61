import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { open311KeyRoutes } from './keys-routes';
import { open311ModerationRoutes } from './moderation-routes';
import { open311V2Routes } from './v2-routes';

/**
 * Open311 GeoReport v2 under /api/open311/v2 (its own error format and not-found answer,
 * scoped to that prefix), the staff administration of its api_keys under /api/open311-keys, and
 * publication with moderation (/api/open311-publication, /api/reports/:id/public-summary).
 */
export const open311Routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(open311KeyRoutes);
  await app.register(open311ModerationRoutes);
  await app.register(open311V2Routes, { prefix: '/open311/v2' });
};
