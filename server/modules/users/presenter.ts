import type { UserView } from '../../../common/contracts/users';
import type { Locale, Role } from '../../../common/roles';
import type { users } from '../../db/schema';
import { type MemberFacts, memberActionsFor } from './policy';

export type MembershipView = UserView['memberships'][number];

/** A user as an admin of one organization sees them: never the password hash or TOTP secret. */
export function presentUser(
  user: typeof users.$inferSelect,
  membership: { roles: MembershipView[]; suspended: boolean },
  facts: MemberFacts,
): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale as Locale,
    totpEnabled: user.totpEnabled,
    disabled: user.disabledAt !== null,
    memberships: membership.roles.map((m) => ({ role: m.role as Role, areaIds: m.areaIds })),
    suspended: membership.suspended,
    abilities: memberActionsFor(facts),
  };
}

/** The member as the audit log keeps it: the data, not what the acting admin could do with it. */
export function auditedUser(view: UserView | undefined) {
  if (!view) return null;
  const { abilities: _abilities, ...data } = view;
  return data;
}
