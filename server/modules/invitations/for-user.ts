import { and, eq } from 'drizzle-orm';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import { invitations } from '../../db/schema';
import type { UserRow } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { acceptInvitation, declineInvitation } from './answer';
import { assertAnswerable } from './usable';

/** An invitation addressed to the logged-in user's e-mail; anyone else's is not found. */
async function ownInvitation(db: Db, user: UserRow, invitationId: string, locale: Locale) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.email, user.email)));
  if (!row) throw new AppError('not_found');
  await assertAnswerable(db, row, locale, user.id, 'invitationId');
  return row;
}

/**
 * Accepted after logging in: the organization then appears among the user's organizations.
 * Returns it, so a session that had no organization yet can start working in it.
 */
export async function acceptForUser(
  db: Db,
  user: UserRow,
  invitationId: string,
  locale: Locale,
): Promise<string> {
  const row = await ownInvitation(db, user, invitationId, locale);
  await db.transaction((tx) => acceptInvitation(tx, row, user.id, locale));
  return row.organizationId;
}

export async function declineForUser(db: Db, user: UserRow, invitationId: string, locale: Locale) {
  const row = await ownInvitation(db, user, invitationId, locale);
  await db.transaction((tx) => declineInvitation(tx, row, user.id, locale));
}
