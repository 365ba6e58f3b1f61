import { eq } from 'drizzle-orm';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import { invitations } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { hashToken } from '../../platform/ids';
import type { InvitationRow } from './presenter';

type Refusal = 'invalid' | 'answered' | 'withdrawn' | 'expired';

const messages: Record<Locale, Record<Refusal, string>> = {
  sv: {
    invalid: 'Länken till inbjudan är ogiltig. Kontrollera att du har kopierat hela länken.',
    answered: 'Inbjudan är redan besvarad. Logga in för att se dina organisationer.',
    withdrawn: 'Organisationen har dragit tillbaka inbjudan. Kontakta den om du ändå ska vara med.',
    expired: 'Inbjudan har gått ut. Be organisationens administratör om en ny.',
  },
  en: {
    invalid: 'The invitation link is not valid. Check that you copied the whole link.',
    answered: 'The invitation has already been answered. Log in to see your organizations.',
    withdrawn: 'The organization has withdrawn the invitation. Contact it if you are still to join.',
    expired: 'The invitation has expired. Ask the organization’s admin for a new one.',
  },
};

export const invitationRefused = (reason: Refusal, locale: Locale, path = 'token') =>
  new AppError('validation_failed', [{ path, message: messages[locale][reason] }]);

function refusalOf(row: InvitationRow): Refusal | null {
  if (row.acceptedAt || row.declinedAt) return 'answered';
  if (row.withdrawnAt) return 'withdrawn';
  if (row.expiresAt.getTime() <= Date.now()) return 'expired';
  return null;
}

/**
 * Throws a 400 saying why the invitation cannot be answered any more. An attempt to use a
 * withdrawn or expired invitation is written to the inviting organization's log.
 */
export async function assertAnswerable(
  db: Db,
  row: InvitationRow,
  locale: Locale,
  actorUserId: string | null,
  path = 'token',
): Promise<void> {
  const reason = refusalOf(row);
  if (!reason) return;
  if (reason === 'withdrawn' || reason === 'expired') {
    await db.transaction((tx) =>
      recordAudit(
        tx,
        { userId: actorUserId, organizationId: row.organizationId },
        { action: 'invitation_use_refused', entityType: 'invitation', entityId: row.id, after: { reason } },
      ),
    );
  }
  throw invitationRefused(reason, locale, path);
}

/** The invitation a link names, answerable now, or a 400 on `token` saying why not. */
export async function invitationByToken(db: Db, token: string, locale: Locale): Promise<InvitationRow> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) throw invitationRefused('invalid', locale);
  // Whoever holds the link is not known: the refused use is logged without a user.
  await assertAnswerable(db, row, locale, null);
  return row;
}
