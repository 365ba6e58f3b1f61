import { sql } from 'drizzle-orm';
import type { Config } from '../config';
import type { Db, Tx } from '../db/client';
import { installation } from '../db/schema';
import type { MailDelivery } from './mail';

/** Records in the database that it was seeded with the demo, so every later start is a demo too. */
export async function recordDemoSeeded(db: Tx, at: Date): Promise<void> {
  await db
    .insert(installation)
    .values({ id: 1, demoSeededAt: at })
    .onConflictDoUpdate({ target: installation.id, set: { demoSeededAt: at } });
}

/**
 * Demo mode is a fact about the database, not a default: on only when the demo companies were
 * seeded into it (and DEMO_MODE=false has not turned it off). A real installation's database was
 * never seeded, so it can never show the outbox or the demo banner, whatever the environment says.
 */
export async function resolveDemoMode(db: Db, config: Pick<Config, 'DEMO_MODE'>): Promise<boolean> {
  if (config.DEMO_MODE === false) return false;
  const [row] = await db
    .select({ seeded: sql<boolean>`${installation.demoSeededAt} is not null` })
    .from(installation);
  return row?.seeded === true;
}

/** Printed under the logins of a demo installation, where whoever starts it reads. */
export const demoModeLine =
  'DEMO MODE: this database holds the demo companies. Mail is kept on the outbox page (admins only), not sent. Never put real data here.';

type Notice = { level: 'info' | 'warn'; message: string };

/** What the log says at start about demo mode and mail, so an operator sees both at once. */
export function startupNotices(demoMode: boolean, delivery: MailDelivery): Notice[] {
  const notices: Notice[] = [];
  if (demoMode) notices.push({ level: 'warn', message: demoModeLine });
  if (delivery === 'none') {
    notices.push({
      level: 'warn',
      message:
        'Mail cannot be sent: SMTP_URL is not set. Password reset links, invitations and replies to tenants will not be delivered; set SMTP_URL (docs/OPERATIONS.md).',
    });
  }
  return notices;
}
