import { z } from 'zod';

/** The outbox page of a demo installation: mail kept instead of sent, newest first. */
export const outboxMail = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type OutboxMail = z.infer<typeof outboxMail>;

export const outboxView = z.object({ items: z.array(outboxMail) });
