import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { mailOutbox } from '../../db/schema';
import type { Client } from '../../testing/factories';

/** The token of the newest invitation mailed to the address, read from the outbox as the person would. */
export async function mailedInvitationToken(app: FastifyInstance, email: string): Promise<string> {
  const [mail] = await app.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.recipient, email.toLowerCase()))
    .orderBy(desc(mailOutbox.id));
  const token = mail?.body.match(/\/invitation\?token=([\w%-]+)/)?.[1];
  expect(token, `an invitation mail to ${email}`).toBeDefined();
  return decodeURIComponent(String(token));
}

/** Invites the address as a viewer of all areas and returns the answer. */
export async function invite(admin: Client, email: string, extra: Record<string, unknown> = {}) {
  return admin.post('/api/users', {
    email,
    memberships: [{ role: 'viewer', areaIds: null }],
    ...extra,
  });
}
