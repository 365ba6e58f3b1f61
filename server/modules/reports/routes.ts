import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inboxRoutes } from './inbox-routes';
import { photoRoutes } from './photo-routes';
import { breakGlassRoutes } from './restricted/break-glass-routes';
import { settingsRoutes } from './settings-routes';
import { triageRoutes } from './triage-routes';

/** Staff API of reports: inbox, map, triage, photos, settings, export and figures. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(inboxRoutes);
  await app.register(triageRoutes);
  await app.register(photoRoutes);
  await app.register(settingsRoutes);
  await app.register(breakGlassRoutes);
};
