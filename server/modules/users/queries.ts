import { and, asc, eq } from 'drizzle-orm';
import type { UserView } from '../../../common/contracts/users';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { membershipAreas, memberships, users } from '../../db/schema';
import { type MembershipView, presentUser } from './presenter';

/**
 * Users with a membership in the organization (optionally one user), each with this
 * organization's memberships only. Scoped in SQL: other organizations are never loaded.
 */
export async function loadMembers(tx: Tx, organizationId: string, userId?: string): Promise<UserView[]> {
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

  const byUser = new Map<string, { user: (typeof rows)[number]['user']; memberships: MembershipView[] }>();
  for (const row of rows) {
    const entry = byUser.get(row.user.id) ?? { user: row.user, memberships: [] };
    const areaIds = row.allAreas ? null : (areasOf.get(row.membershipId) ?? []);
    entry.memberships.push({ role: row.role as MembershipView['role'], areaIds });
    byUser.set(row.user.id, entry);
  }
  return [...byUser.values()].map((entry) => presentUser(entry.user, entry.memberships));
}
