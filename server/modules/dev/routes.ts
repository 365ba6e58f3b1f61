import { desc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mailOutbox } from '../../db/schema';
import { AppError } from '../../platform/errors';

const outboxView = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      createdAt: z.string(),
    }),
  ),
});

/**
 * GET /api/dev/outbox: the latest mail, so a demo without an SMTP server can still follow
 * password links. It needs no login on purpose (the person resetting is logged out), which is
 * why it exists only when DEMO_MODE is on and no SMTP_URL is configured; otherwise it is 404.
 */
export const devRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/dev/outbox',
    { config: { public: true }, schema: { tags: ['development'], response: { 200: outboxView } } },
    async () => {
      if (!app.config.DEMO_MODE || !app.mailer.usesOutbox) throw new AppError('not_found');
      const rows = await app.db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(50);
      return {
        items: rows.map((row) => ({
          id: row.id,
          to: row.recipient,
          subject: row.subject,
          text: row.body,
          createdAt: row.createdAt.toISOString(),
        })),
      };
    },
  );
};
