import fastifyFormbody from '@fastify/formbody';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { open311CatalogueRoutes } from './catalogue-routes';
import { open311Cors } from './cors';
import { open311ErrorHandler } from './error-handler';
import { Open311Error } from './open311-error';
import { open311Limits } from './rate-limits';
import { open311RequestRoutes } from './request-routes';

/**
 * Open311 GeoReport v2 with FixMyStreet's extensions, each resource as .json and .xml. Errors
 * and unknown paths under this prefix answer in the specification's error format; POST bodies
 * may be form-encoded, as the specification sends them. Reads may be made from other sites
 * (CORS, see cors.ts); writes may not.
 */
export const open311V2Routes: FastifyPluginAsyncZod = async (app) => {
  // Open311 is public by design (reads need no login, filing takes an api_key): every route here opts out of login.
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, public: true };
  });
  await app.register(fastifyFormbody);
  app.setErrorHandler(open311ErrorHandler);
  app.setNotFoundHandler(() => {
    throw new Open311Error(404, 'notFound', 'url');
  });
  const limits = open311Limits(app);
  open311Cors(app, limits.read);
  await app.register(open311CatalogueRoutes, { limits });
  await app.register(open311RequestRoutes, { limits });
};
