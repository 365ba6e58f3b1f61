import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Locale } from '../../../common/roles';
import type { Tx } from '../../db/client';
import { invitations, memberships } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { otherOrganizationsOf } from '../users/account-reach';
import { existingAreasOnly, type MembershipInput, replaceMemberships } from '../users/memberships';
import type { InvitationRow } from './presenter';
import { invitationRefused } from './usable';

/**
 * Marks the invitation answered in the statement that checks it is still open, so a double
 * submission or a withdrawal at the same moment cannot both win.
 */
async function claim(tx: Tx, row: InvitationRow, answer: 'acceptedAt' | 'declinedAt', locale: Locale) {
  const [claimed] = await tx
    .update(invitations)
    .set({ [answer]: new Date() })
    .where(
      and(
        eq(invitations.organizationId, row.organizationId),
        eq(invitations.id, row.id),
        isNull(invitations.acceptedAt),
        isNull(invitations.declinedAt),
        isNull(invitations.withdrawnAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .returning({ id: invitations.id });
  if (!claimed) throw invitationRefused('answered', locale);
}

/**
 * The person accepts: the roles the organization offered become their membership there (areas
 * removed since are dropped). The inviting organization's log gets the acceptance and the new
 * member; each of the person's other organizations learns only that the account is now shared
 * (which limits what their admins may change), not with whom.
 */
export async function acceptInvitation(tx: Tx, row: InvitationRow, userId: string, locale: Locale) {
  await claim(tx, row, 'acceptedAt', locale);
  const organizationId = row.organizationId;
  const [already] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .limit(1);
  const actor = { userId, organizationId };
  await recordAudit(tx, actor, {
    action: 'accept_invitation',
    entityType: 'invitation',
    entityId: row.id,
    after: { email: row.email, userId },
  });
  // Already a member (added by another invitation meanwhile): nothing more changes, or is logged.
  if (already) return;
  const offered = await existingAreasOnly(tx, organizationId, row.memberships as MembershipInput[]);
  await replaceMemberships(tx, organizationId, userId, offered);
  const others = await otherOrganizationsOf(tx, userId, organizationId);
  await recordAudit(tx, actor, {
    action: 'add_member',
    entityType: 'user',
    entityId: userId,
    after: { email: row.email, memberships: offered },
  });
  for (const other of others) {
    await recordAudit(
      tx,
      { userId, organizationId: other },
      { action: 'account_shared', entityType: 'user', entityId: userId },
    );
  }
}

/** The person declines; only the inviting organization's log records it. */
export async function declineInvitation(tx: Tx, row: InvitationRow, userId: string | null, locale: Locale) {
  await claim(tx, row, 'declinedAt', locale);
  await recordAudit(
    tx,
    { userId, organizationId: row.organizationId },
    { action: 'decline_invitation', entityType: 'invitation', entityId: row.id, after: { email: row.email } },
  );
}
