import { and, eq, isNull, lt } from 'drizzle-orm';
import { type Role, twoFactorRoles } from '../../../common/roles';
import type { Config } from '../../config';
import type { Db, Tx } from '../../db/client';
import { membershipAreas, memberships, organizations, sessions, users } from '../../db/schema';
import type { Actor, Grant } from '../actor';
import { hashToken, randomToken } from '../ids';

export type SessionRow = typeof sessions.$inferSelect;
export type UserRow = typeof users.$inferSelect;

/** What the auth hook attaches to a request that carries a valid session cookie. */
export type AuthContext = {
  tokenHash: string;
  session: SessionRow;
  user: UserRow;
  /** Null while two-factor is pending or when the user has no organization. */
  actor: Actor | null;
  /** The organization requires TOTP for one of the actor's roles and the user has not set it up. */
  mustEnrollTwoFactor: boolean;
};

const minutes = (n: number) => n * 60_000;

/** Starts a new session (a fresh 256-bit token at every login) and returns the cookie value. */
export async function createSession(
  db: Db,
  config: Config,
  input: { userId: string; organizationId: string | null; awaitingTwoFactor: boolean },
): Promise<string> {
  const token = randomToken(32);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: input.userId,
    organizationId: input.organizationId,
    awaitingTwoFactor: input.awaitingTwoFactor,
    csrfToken: randomToken(32),
    expiresAt: new Date(Date.now() + minutes(config.SESSION_ABSOLUTE_HOURS * 60)),
  });
  return token;
}

/** Grants the user holds in an organization, with their area scopes, in one query. */
export async function loadGrants(db: Db, userId: string, organizationId: string): Promise<Grant[]> {
  const rows = await db
    .select({
      id: memberships.id,
      role: memberships.role,
      allAreas: memberships.allAreas,
      areaId: membershipAreas.areaId,
    })
    .from(memberships)
    .leftJoin(
      membershipAreas,
      and(
        eq(membershipAreas.organizationId, memberships.organizationId),
        eq(membershipAreas.membershipId, memberships.id),
      ),
    )
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.organizationId, organizationId),
        isNull(memberships.suspendedAt),
      ),
    );
  const grants = new Map<string, Grant>();
  for (const row of rows) {
    const grant = grants.get(row.id) ?? { role: row.role as Role, areas: row.allAreas ? 'all' : [] };
    if (grant.areas !== 'all' && row.areaId) grant.areas.push(row.areaId);
    grants.set(row.id, grant);
  }
  return [...grants.values()];
}

/**
 * Resolves a cookie token to a live session. Expired (idle or absolute) sessions and those of
 * disabled accounts are deleted and treated as absent.
 */
export async function resolveSession(db: Db, config: Config, token: string): Promise<AuthContext | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users, requireTwoFactor: organizations.requireTwoFactor })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organizations, eq(organizations.id, sessions.organizationId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return null;
  const now = Date.now();
  const idleExpired = now - row.session.lastSeenAt.getTime() > minutes(config.SESSION_IDLE_MINUTES);
  if (idleExpired || row.session.expiresAt.getTime() <= now || row.user.disabledAt) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  // Touch at most once a minute: keeps the idle timer right without a write per request.
  if (now - row.session.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const { session, user } = row;
  let actor: Actor | null = null;
  if (!session.awaitingTwoFactor && session.organizationId) {
    const grants = await loadGrants(db, user.id, session.organizationId);
    if (grants.length > 0) {
      actor = {
        userId: user.id,
        email: user.email,
        displayName: user.displayName,
        locale: user.locale,
        organizationId: session.organizationId,
        grants,
      };
    }
  }
  const mustEnrollTwoFactor =
    actor !== null &&
    row.requireTwoFactor === true &&
    !user.totpEnabled &&
    actor.grants.some((grant) => twoFactorRoles.includes(grant.role));
  return { tokenHash, session, user, actor, mustEnrollTwoFactor };
}

export async function destroySession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user (on disable or password reset), inside the caller's transaction. */
export async function destroyUserSessions(tx: Tx, userId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

/** Ends the user's sessions working in one organization (a suspended or removed membership). */
export async function destroyUserSessionsIn(tx: Tx, userId: string, organizationId: string): Promise<void> {
  await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.organizationId, organizationId)));
}

/** Removes sessions past their absolute expiry; idle ones are removed when next presented. */
export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
