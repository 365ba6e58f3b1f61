import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Locale } from '../../../common/roles';
import type { Config } from '../../config';
import type { Db, Tx } from '../../db/client';
import { passwordResets, users } from '../../db/schema';
import { hashPassword } from '../../platform/auth/passwords';
import { destroyUserSessions } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { hashToken, randomToken } from '../../platform/ids';
import type { Mail, Mailer } from '../../platform/mail';
import { publicBaseUrl } from '../../platform/public-url';
import { assertAcceptablePassword } from './password-rules';

/** A reset link is valid for an hour (new people choose their password through their invitation). */
const validForMs = 60 * 60_000;

const invalidToken: Record<Locale, string> = {
  sv: 'Länken är ogiltig, redan använd eller för gammal. Begär en ny länk.',
  en: 'The link is invalid, already used or too old. Ask for a new link.',
};

function composeMail(to: string, link: string): Mail {
  return {
    to,
    subject: 'Återställ ditt lösenord i Trygg / Reset your Trygg password',
    text: `Hej! Någon (förhoppningsvis du) bad om att få återställa lösenordet. Välj ett nytt här (länken gäller i 60 minuter och kan användas en gång):\n${link}\n\nOm det inte var du kan du bortse från det här meddelandet.\n\nHello! Someone (hopefully you) asked to reset your password. Choose a new one here (the link is valid for 60 minutes and works once):\n${link}\n\nIf it was not you, ignore this message.\n`,
  };
}

/**
 * Ends every password link of a user: a newer link, a changed password or a login makes the
 * older ones pointless, and a link left lying in a mailbox is a way into the account.
 */
export async function revokePasswordLinks(db: Tx, userId: string): Promise<void> {
  await db.delete(passwordResets).where(eq(passwordResets.userId, userId));
}

/** Creates a single-use link (only its hash is stored), ending the user's earlier ones, and mails it. */
export async function sendPasswordLink(
  db: Db,
  mailer: Mailer,
  config: Config,
  input: { userId: string; email: string },
): Promise<void> {
  const token = randomToken(32);
  await db.transaction(async (tx) => {
    // The user's row is locked so two requests at once cannot both leave a live link.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).for('update');
    await revokePasswordLinks(tx, input.userId);
    await tx.insert(passwordResets).values({
      tokenHash: hashToken(token),
      userId: input.userId,
      expiresAt: new Date(Date.now() + validForMs),
    });
  });
  const link = `${publicBaseUrl(config)}/reset-password?token=${encodeURIComponent(token)}`;
  await mailer.send(composeMail(input.email, link), { userId: input.userId });
}

/** Sets a new password from a link: single use, ends every session and every other link. */
export async function confirmPasswordReset(
  db: Db,
  token: string,
  password: string,
  locale: Locale,
): Promise<{ email: string }> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ userId: users.id, email: users.email, displayName: users.displayName })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date()),
      ),
    );
  const badToken = () =>
    new AppError('validation_failed', [{ path: 'token', message: invalidToken[locale] }]);
  if (!row) throw badToken();
  assertAcceptablePassword(password, { path: 'password', locale, context: [row.email, row.displayName] });
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    // Marking it used in the same statement that checks it makes a double submission harmless.
    const used = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt)))
      .returning({ userId: passwordResets.userId });
    if (used.length === 0) throw badToken();
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, row.userId));
    await destroyUserSessions(tx, row.userId);
    await revokePasswordLinks(tx, row.userId);
  });
  return { email: row.email };
}
