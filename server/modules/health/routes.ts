import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingMigrationCount } from '../../db/client';
import { retryAfterSeconds } from '../../platform/errors';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['reachable', 'unreachable']),
  migrations: z.object({ pending: z.number().int() }),
});

/** GET /api/health: is the database reachable and is the schema current? */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: { tags: ['operations'], response: { 200: healthResponse, 503: healthResponse } },
    },
    async (_request, reply) => {
      try {
        await app.db.execute(sql`select 1`);
      } catch {
        return reply
          .status(503)
          .header('retry-after', String(retryAfterSeconds))
          .send({ status: 'degraded', database: 'unreachable', migrations: { pending: -1 } });
      }
      const pending = await pendingMigrationCount(app.db);
      const status = pending === 0 ? 'ok' : 'degraded';
      return reply
        .status(pending === 0 ? 200 : 503)
        .send({ status, database: 'reachable', migrations: { pending } });
    },
  );
};
