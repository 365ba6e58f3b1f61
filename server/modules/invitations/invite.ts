import { and, eq, gt, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { InvitationView, userCreateInput } from '../../../common/contracts/users';
import type { Locale } from '../../../common/roles';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { invitations, memberships, organizations, users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { hashToken, newId, randomToken } from '../../platform/ids';
import type { Mailer } from '../../platform/mail';
import { publicBaseUrl } from '../../platform/public-url';
import { normalizeEmail } from '../session/login';
import { assertValidMemberships } from '../users/memberships';
import { invitationMail } from './mail';
import { presentInvitation } from './presenter';

type Services = { db: Db; mailer: Mailer; config: Config };
type Input = z.infer<typeof userCreateInput>;

const invitationValidDays = 7;

const refusal: Record<Locale, { member: string; invited: string }> = {
  sv: {
    member: 'finns redan som användare i organisationen',
    invited: 'har redan en obesvarad inbjudan; dra tillbaka den först om du vill skicka en ny',
  },
  en: {
    member: 'is already a user in this organization',
    invited: 'already has an unanswered invitation; withdraw it first to send a new one',
  },
};

/**
 * Refuses an address that is already a member here or already invited here. Both are facts
 * the admin can see in their own user list, so the refusal reveals nothing about other organizations.
 */
async function assertNotHereYet(db: Db, organizationId: string, email: string, locale: Locale) {
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(users.email, email)))
    .limit(1);
  if (member) throw new AppError('conflict', [{ path: 'email', message: refusal[locale].member }]);
  const [pending] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
        isNull(invitations.declinedAt),
        isNull(invitations.withdrawnAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .limit(1);
  if (pending) throw new AppError('conflict', [{ path: 'email', message: refusal[locale].invited }]);
}

/**
 * Adds a person to the organization by invitation, whether or not the address has an account:
 * the same rows, the same mail count and the same answer either way, so the inviting admin
 * cannot tell. The person accepts by the mailed link or after logging in.
 */
export async function inviteMember(
  { db, mailer, config }: Services,
  actor: Actor,
  input: Input,
  locale: Locale,
): Promise<InvitationView> {
  const email = normalizeEmail(input.email);
  await assertValidMemberships(db, actor.organizationId, input.memberships, locale);
  await assertNotHereYet(db, actor.organizationId, email, locale);
  const token = randomToken(32);
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(invitations)
      .values({
        organizationId: actor.organizationId,
        id: newId(),
        email,
        suggestedName: input.displayName ?? null,
        locale: input.locale,
        memberships: input.memberships,
        tokenHash: hashToken(token),
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + invitationValidDays * 24 * 60 * 60_000),
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'invite',
      entityType: 'invitation',
      entityId: created.id,
      after: { email, memberships: input.memberships },
    });
    return created;
  });
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  const link = `${publicBaseUrl(config)}/invitation?token=${encodeURIComponent(token)}`;
  await mailer.send(
    invitationMail({
      to: email,
      organizationName: org.name,
      link,
      accountExists: account !== undefined,
      validDays: invitationValidDays,
    }),
    // The invitee's alone: an inviting admin who could read it in a demo's outbox would learn
    // whether the address has an account, and could answer for the person.
    { recipientOnly: true },
  );
  return presentInvitation(row);
}

/** Withdraws an unanswered invitation of this organization; its link stops working at once. */
export async function withdrawInvitation(db: Db, actor: Actor, invitationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ withdrawnAt: new Date() })
      .where(
        and(
          eq(invitations.organizationId, actor.organizationId),
          eq(invitations.id, invitationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.declinedAt),
          isNull(invitations.withdrawnAt),
        ),
      )
      .returning();
    if (!row) throw new AppError('not_found');
    await recordAudit(tx, actor, {
      action: 'withdraw_invitation',
      entityType: 'invitation',
      entityId: row.id,
      before: { email: row.email, memberships: row.memberships },
    });
  });
}
