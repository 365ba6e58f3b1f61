import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { pendingInvitation } from '../../../common/contracts/invitations';
import type { InvitationView } from '../../../common/contracts/users';
import type { Db } from '../../db/client';
import { invitations, organizations } from '../../db/schema';
import type { MembershipInput } from '../users/memberships';
import { presentInvitation } from './presenter';

/** How long an unanswered or declined invitation stays in the inviting organization's list. */
const listedDays = 30;

/** The organization's unanswered, expired and declined invitations of the last month, newest first. */
export async function listInvitations(db: Db, organizationId: string): Promise<InvitationView[]> {
  const since = new Date(Date.now() - listedDays * 24 * 60 * 60_000);
  const rows = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.withdrawnAt),
        gt(invitations.createdAt, since),
      ),
    )
    .orderBy(desc(invitations.createdAt));
  return rows.map(presentInvitation);
}

/** Invitations to the address waiting for an answer, for the person it was sent to. */
export async function pendingInvitationsFor(
  db: Db,
  email: string,
): Promise<z.infer<typeof pendingInvitation>[]> {
  const rows = await db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(
      and(
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.declinedAt),
        isNull(invitations.withdrawnAt),
        gt(invitations.expiresAt, new Date()),
        isNull(organizations.archivedAt),
      ),
    )
    .orderBy(asc(invitations.createdAt));
  return rows.map(({ invitation, organizationName }) => ({
    id: invitation.id,
    organizationName,
    roles: (invitation.memberships as MembershipInput[]).map((m) => m.role),
    expiresAt: invitation.expiresAt.toISOString(),
  }));
}
