import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { memberships, organizations, sessions, users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import type { UserRow } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { randomToken } from '../../platform/ids';
import { revokePasswordLinks } from '../account/password-reset';
import { consumeTotp } from '../account/totp';
import { claimLoginAttempt, recordLoginSuccess } from './login-throttle';

// Verified against when the account does not exist, so the response time does not reveal it.
let dummyHash: Promise<string> | null = null;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** The whole login succeeded: the throttle forgets this address's failures and old reset links go. */
async function completeLogin(db: Db, user: UserRow, ip: string): Promise<void> {
  await recordLoginSuccess(db, { email: user.email, ip });
  await revokePasswordLinks(db, user.id);
}

/**
 * Checks e-mail and password. Unknown, wrong and disabled all answer invalid_credentials, and an
 * unknown e-mail is throttled exactly like a real account (same steps, same answers). A user with
 * two-factor has not logged in yet: the attempt stays counted until the code is right.
 */
export async function authenticate(
  db: Db,
  config: Config,
  input: { email: string; password: string; ip: string },
): Promise<UserRow> {
  const email = normalizeEmail(input.email);
  await claimLoginAttempt(db, config, { email, ip: input.ip });
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) {
    dummyHash ??= hashPassword(randomToken());
    await verifyPassword(await dummyHash, input.password);
    throw new AppError('invalid_credentials');
  }
  const right = await verifyPassword(user.passwordHash, input.password);
  if (!right || user.disabledAt) throw new AppError('invalid_credentials');
  if (!user.totpEnabled) await completeLogin(db, user, input.ip);
  return user;
}

/** Checks the TOTP code of a session that passed the password step, throttled like the password. */
export async function verifySecondFactor(
  db: Db,
  config: Config,
  user: UserRow,
  input: { code: string; ip: string },
): Promise<void> {
  await claimLoginAttempt(db, config, { email: user.email, ip: input.ip });
  if (!user.totpEnabled || !(await consumeTotp(db, user, input.code))) {
    throw new AppError('invalid_credentials');
  }
  await completeLogin(db, user, input.ip);
}

/** The organization a new session starts in: the user's first by name. */
export async function firstOrganizationId(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(eq(memberships.userId, userId), isNull(memberships.suspendedAt), isNull(organizations.archivedAt)),
    )
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(1);
  return row?.id ?? null;
}

export async function isMember(db: Db, userId: string, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.organizationId, organizationId),
        isNull(memberships.suspendedAt),
        isNull(organizations.archivedAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function switchOrganization(db: Db, tokenHash: string, organizationId: string): Promise<void> {
  await db.update(sessions).set({ organizationId }).where(eq(sessions.tokenHash, tokenHash));
}
