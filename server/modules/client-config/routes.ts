import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clientConfig } from '../../../common/contracts/client-config';

/** GET /api/client-config: public installation settings for the web app (nothing secret). */
export const clientConfigRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/client-config',
    { config: { public: true }, schema: { tags: ['operations'], response: { 200: clientConfig } } },
    async () => ({
      mapStyleUrl: app.config.MAP_STYLE_URL ?? null,
      demoMode: app.demoMode,
      mailDelivery: app.mailer.delivery,
    }),
  );
};
