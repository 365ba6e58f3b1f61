import { and, asc, eq } from 'drizzle-orm';
import type { UserView } from '../../../common/contracts/users';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { membershipAreas, memberships, users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { accountsBeyondReach } from './account-reach';
import { type MembershipView, presentUser } from './presenter';

type Member = {
  user: typeof users.$inferSelect;
  roles: MembershipView[];
  suspended: boolean;
};

/**
 * Users with a membership in the organization (optionally one user), each with this
 * organization's memberships only and what the actor may do to them. Scoped in SQL: other
 * organizations are never loaded (only whether the actor is an admin of all of them).
 */
export async function loadMembers(
  tx: Tx,
  actor: Pick<Actor, 'userId' | 'organizationId'>,
  userId?: string,
): Promise<UserView[]> {
  const { organizationId } = actor;
  const scope = and(
    eq(memberships.organizationId, organizationId),
    userId ? eq(memberships.userId, userId) : undefined,
  );
  const rows = await tx
    .select({
      user: users,
      membershipId: memberships.id,
      role: memberships.role,
      allAreas: memberships.allAreas,
      suspendedAt: memberships.suspendedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(scope)
    .orderBy(asc(users.displayName), asc(users.id), asc(memberships.role));
  const scoped = await tx
    .select({ membershipId: membershipAreas.membershipId, areaId: membershipAreas.areaId })
    .from(membershipAreas)
    .innerJoin(
      memberships,
      sameRow(memberships, membershipAreas.organizationId, membershipAreas.membershipId),
    )
    .where(scope)
    .orderBy(asc(membershipAreas.areaId));
  const areasOf = new Map<string, string[]>();
  for (const row of scoped)
    areasOf.set(row.membershipId, [...(areasOf.get(row.membershipId) ?? []), row.areaId]);

  const byUser = new Map<string, Member>();
  for (const row of rows) {
    const entry = byUser.get(row.user.id) ?? { user: row.user, roles: [], suspended: false };
    const areaIds = row.allAreas ? null : (areasOf.get(row.membershipId) ?? []);
    entry.roles.push({ role: row.role as MembershipView['role'], areaIds });
    entry.suspended ||= row.suspendedAt !== null;
    byUser.set(row.user.id, entry);
  }
  const beyondReach = await accountsBeyondReach(tx, actor, [...byUser.keys()]);
  return [...byUser.values()].map((entry) =>
    presentUser(entry.user, entry, {
      self: entry.user.id === actor.userId,
      governsAccount: !beyondReach.has(entry.user.id),
    }),
  );
}
