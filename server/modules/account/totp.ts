import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Tx } from '../../db/client';
import { users } from '../../db/schema';

const issuer = 'Trygg';
const period = 30;

/** A fresh 160-bit TOTP secret, base32 as authenticator apps expect. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export const totpFor = (secret: string, label: string): TOTP =>
  new TOTP({ issuer, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period });

/**
 * Accepts the current code or one step either side (clocks drift), and each time step only
 * once per user: the update succeeds only when the step is newer than the last one used, so
 * an observed code cannot be replayed, not even by two requests racing.
 */
export async function consumeTotp(
  db: Tx,
  user: { id: string; totpSecret: string | null },
  code: string,
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const now = Date.now();
  const delta = totpFor(user.totpSecret, 'check').validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return false;
  const step = TOTP.counter({ period, timestamp: now }) + delta;
  const accepted = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return accepted.length > 0;
}
