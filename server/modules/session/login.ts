import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { memberships, organizations, sessions, users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import type { UserRow } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { randomToken } from '../../platform/ids';
import { consumeTotp } from '../account/totp';

// Verified against when the account does not exist, so the response time does not reveal it.
let dummyHash: Promise<string> | null = null;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

function assertNotLocked(user: UserRow): void {
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) throw new AppError('account_locked');
}

/** Counts a failed password or code; the failure that reaches the limit locks the account. */
async function recordFailure(db: Db, config: Config, userId: string): Promise<never> {
  const [row] = await db
    .update(users)
    .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
    .where(eq(users.id, userId))
    .returning({ failures: users.failedLoginCount });
  if (row && row.failures >= config.LOGIN_MAX_FAILURES) {
    const lockedUntil = new Date(Date.now() + config.LOGIN_LOCKOUT_MINUTES * 60_000);
    await db.update(users).set({ failedLoginCount: 0, lockedUntil }).where(eq(users.id, userId));
    throw new AppError('account_locked');
  }
  throw new AppError('invalid_credentials');
}

async function clearFailures(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, userId));
}

/** Checks e-mail and password. Unknown, wrong and disabled all answer invalid_credentials. */
export async function authenticate(
  db: Db,
  config: Config,
  email: string,
  password: string,
): Promise<UserRow> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)));
  if (!user) {
    dummyHash ??= hashPassword(randomToken());
    await verifyPassword(await dummyHash, password);
    throw new AppError('invalid_credentials');
  }
  assertNotLocked(user);
  if (!(await verifyPassword(user.passwordHash, password))) await recordFailure(db, config, user.id);
  if (user.disabledAt) throw new AppError('invalid_credentials');
  await clearFailures(db, user.id);
  return user;
}

/** Checks the TOTP code of a session that passed the password step; failures count toward lockout. */
export async function verifySecondFactor(db: Db, config: Config, user: UserRow, code: string): Promise<void> {
  assertNotLocked(user);
  if (!user.totpEnabled || !(await consumeTotp(db, user, code))) await recordFailure(db, config, user.id);
  await clearFailures(db, user.id);
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
