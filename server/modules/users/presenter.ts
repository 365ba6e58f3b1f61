import type { UserView } from '../../../common/contracts/users';
import type { Locale, Role } from '../../../common/roles';
import type { users } from '../../db/schema';

export type MembershipView = UserView['memberships'][number];

/** A user as an admin of one organization sees them: never the password hash or TOTP secret. */
export function presentUser(user: typeof users.$inferSelect, memberships: MembershipView[]): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale as Locale,
    totpEnabled: user.totpEnabled,
    disabled: user.disabledAt !== null,
    memberships: memberships.map((m) => ({ role: m.role as Role, areaIds: m.areaIds })),
  };
}
