import type { InvitationView } from '../../../common/contracts/users';
import type { invitations } from '../../db/schema';
import type { MembershipInput } from '../users/memberships';

export type InvitationRow = typeof invitations.$inferSelect;

/** An invitation's state as of now: answered and withdrawn ones never reach the list. */
function invitationStatus(row: InvitationRow): InvitationView['status'] {
  if (row.declinedAt) return 'declined';
  return row.expiresAt.getTime() <= Date.now() ? 'expired' : 'pending';
}

/** What the inviting organization sees: the address it typed and the roles it chose, nothing more. */
export function presentInvitation(row: InvitationRow): InvitationView {
  return {
    id: row.id,
    email: row.email,
    memberships: row.memberships as MembershipInput[],
    status: invitationStatus(row),
    invitedAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}
