import { and, asc, eq, isNull } from 'drizzle-orm';
import type { SessionView } from '../../../common/contracts/session';
import type { Locale, Role } from '../../../common/roles';
import type { Db } from '../../db/client';
import { memberships, organizations } from '../../db/schema';
import type { AuthContext } from '../../platform/auth/sessions';
import { pendingInvitationsFor } from '../invitations/queries';
import { collectAbilities } from './abilities';

const anonymous: SessionView = {
  user: null,
  csrfToken: null,
  awaitingTwoFactor: false,
  mustEnrollTwoFactor: false,
  organization: null,
  organizations: [],
  roles: [],
  abilities: [],
  invitations: [],
};

/** The organizations a user belongs to (not archived), by name, with their roles in each. */
export async function organizationsOf(db: Db, userId: string): Promise<SessionView['organizations']> {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(eq(memberships.userId, userId), isNull(memberships.suspendedAt), isNull(organizations.archivedAt)),
    )
    .orderBy(asc(organizations.name), asc(organizations.id), asc(memberships.role));
  const byId = new Map<string, SessionView['organizations'][number]>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { id: row.id, name: row.name, roles: [] };
    entry.roles.push(row.role as Role);
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}

/** Everything the web shell needs about the current session; the only way it leaves the server. */
export async function presentSession(db: Db, auth: AuthContext | null): Promise<SessionView> {
  if (!auth) return anonymous;
  const { user, session, actor } = auth;
  const view: SessionView = {
    ...anonymous,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale as Locale,
      totpEnabled: user.totpEnabled,
    },
    csrfToken: session.csrfToken,
    awaitingTwoFactor: session.awaitingTwoFactor,
  };
  // Before the second factor, the session proves nothing about organizations: show none.
  if (session.awaitingTwoFactor) return view;
  const memberOf = await organizationsOf(db, user.id);
  const current = memberOf.find((org) => org.id === session.organizationId);
  return {
    ...view,
    mustEnrollTwoFactor: auth.mustEnrollTwoFactor,
    organizations: memberOf,
    organization: current ? { id: current.id, name: current.name } : null,
    roles: actor ? [...new Set(actor.grants.map((grant) => grant.role))] : [],
    abilities: actor ? collectAbilities(actor) : [],
    invitations: await pendingInvitationsFor(db, user.email),
  };
}
