import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { invitationAcceptInput, invitationLookup } from '../../../common/contracts/invitations';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import { organizations, users } from '../../db/schema';
import { hashPassword } from '../../platform/auth/passwords';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { assertAcceptablePassword } from '../account/password-rules';
import type { MembershipInput } from '../users/memberships';
import { acceptInvitation, declineInvitation } from './answer';
import { invitationByToken } from './usable';

type AcceptInput = z.infer<typeof invitationAcceptInput>;

const accountOf = async (db: Db, email: string) =>
  (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0];

/**
 * What the link's holder is invited to. The link was mailed to the address, so its holder may
 * learn whether that address has an account (they will need its password or a new one).
 */
export async function lookUpInvitation(
  db: Db,
  token: string,
  locale: Locale,
): Promise<z.infer<typeof invitationLookup>> {
  const row = await invitationByToken(db, token, locale);
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, row.organizationId));
  return {
    organizationName: org.name,
    email: row.email,
    roles: (row.memberships as MembershipInput[]).map((m) => m.role),
    accountExists: (await accountOf(db, row.email)) !== undefined,
    suggestedName: row.suggestedName,
    expiresAt: row.expiresAt.toISOString(),
  };
}

const required: Record<Locale, string> = { sv: 'måste fyllas i', en: 'is required' };

/**
 * Accepts by link. An existing account only gains the membership (the mailed link proves the
 * address, as a password-reset link would); a new address becomes an account with the name and
 * password the person chooses here.
 */
export async function acceptByLink(db: Db, input: AcceptInput, locale: Locale): Promise<void> {
  const row = await invitationByToken(db, input.token, locale);
  const existing = await accountOf(db, row.email);
  if (existing) {
    await db.transaction((tx) => acceptInvitation(tx, row, existing.id, locale));
    return;
  }
  const displayName = input.displayName ?? row.suggestedName;
  if (!displayName)
    throw new AppError('validation_failed', [{ path: 'displayName', message: required[locale] }]);
  if (input.password === undefined) {
    throw new AppError('validation_failed', [{ path: 'password', message: required[locale] }]);
  }
  assertAcceptablePassword(input.password, { path: 'password', locale, context: [row.email, displayName] });
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const userId = newId();
    await tx
      .insert(users)
      .values({ id: userId, email: row.email, displayName, locale: row.locale, passwordHash });
    await acceptInvitation(tx, row, userId, locale);
  });
}

export async function declineByLink(db: Db, token: string, locale: Locale): Promise<void> {
  const row = await invitationByToken(db, token, locale);
  const existing = await accountOf(db, row.email);
  await db.transaction((tx) => declineInvitation(tx, row, existing?.id ?? null, locale));
}
