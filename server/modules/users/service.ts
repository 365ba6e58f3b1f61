import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UserView, userCreateInput, userPatch } from '../../../common/contracts/users';
import type { Locale } from '../../../common/roles';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/auth/passwords';
import { destroyUserSessions } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { newId, randomToken } from '../../platform/ids';
import type { Mailer } from '../../platform/mail';
import { sendPasswordLink } from '../account/password-reset';
import { assertAcceptablePassword } from '../account/password-rules';
import { normalizeEmail } from '../session/login';
import { assertValidMemberships, replaceMemberships } from './memberships';
import { loadMembers } from './queries';

export type UserCreateInput = z.infer<typeof userCreateInput>;
export type UserPatch = z.infer<typeof userPatch>;
type Services = { db: Db; mailer: Mailer; config: Config };

const alreadyMember: Record<Locale, string> = {
  sv: 'finns redan som användare i organisationen',
  en: 'is already a user in this organization',
};

export async function getMember(db: Db, actor: Actor, userId: string): Promise<UserView> {
  const [view] = await loadMembers(db, actor.organizationId, userId);
  if (!view) throw new AppError('not_found');
  return view;
}

/**
 * Adds a user to the organization. An e-mail that already has an account (in another
 * organization) gets memberships here instead of a second account; its password is not touched.
 */
export async function createMember(
  { db, mailer, config }: Services,
  actor: Actor,
  input: UserCreateInput,
  locale: Locale,
): Promise<UserView> {
  const email = normalizeEmail(input.email);
  await assertValidMemberships(db, actor.organizationId, input.memberships, locale);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing && (await loadMembers(db, actor.organizationId, existing.id)).length > 0) {
    throw new AppError('conflict', [{ path: 'email', message: alreadyMember[locale] }]);
  }
  if (!existing && input.password !== undefined) {
    const context = [email, input.displayName];
    assertAcceptablePassword(input.password, { path: 'password', locale, context });
  }
  // Without a password the account gets an unguessable one until the user picks theirs.
  const passwordHash = existing ? null : await hashPassword(input.password ?? randomToken(32));
  const userId = existing?.id ?? newId();
  const view = await db.transaction(async (tx) => {
    if (passwordHash) {
      await tx
        .insert(users)
        .values({ id: userId, email, displayName: input.displayName, locale: input.locale, passwordHash });
    }
    await replaceMemberships(tx, actor.organizationId, userId, input.memberships);
    const [after] = await loadMembers(tx, actor.organizationId, userId);
    const action = existing ? 'add_member' : 'create';
    await recordAudit(tx, actor, { action, entityType: 'user', entityId: userId, after });
    return after;
  });
  if (!existing && input.password === undefined) {
    await sendPasswordLink(db, mailer, config, { userId, email, kind: 'welcome' });
  }
  return view;
}

/** An admin may not lock themselves out: no disabling themselves, no dropping their own admin role. */
function assertNotSelfLockout(actor: Actor, userId: string, patch: UserPatch, locale: Locale): void {
  if (userId !== actor.userId) return;
  const message =
    locale === 'sv'
      ? 'du kan inte ta bort din egen administratörsbehörighet'
      : 'you cannot remove your own admin access';
  if (patch.disabled === true) throw new AppError('validation_failed', [{ path: 'disabled', message }]);
  const keepsAdmin = patch.memberships?.some((m) => m.role === 'admin' && m.areaIds === null) ?? true;
  if (!keepsAdmin) throw new AppError('validation_failed', [{ path: 'memberships', message }]);
}

function auditAction(before: UserView, patch: UserPatch): string {
  if (patch.disabled === true && !before.disabled) return 'disable';
  if (patch.disabled === false && before.disabled) return 'enable';
  return 'update';
}

/** Changes a member. Disabling ends all the user's sessions at once. */
export async function updateMember(
  db: Db,
  actor: Actor,
  userId: string,
  patch: UserPatch,
  locale: Locale,
): Promise<UserView> {
  const before = await getMember(db, actor, userId);
  assertNotSelfLockout(actor, userId, patch, locale);
  if (patch.memberships) await assertValidMemberships(db, actor.organizationId, patch.memberships, locale);
  return db.transaction(async (tx) => {
    const disabledAt = patch.disabled === undefined ? undefined : patch.disabled ? new Date() : null;
    await tx
      .update(users)
      .set({
        displayName: patch.displayName,
        locale: patch.locale,
        ...(disabledAt !== undefined && patch.disabled !== before.disabled ? { disabledAt } : {}),
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    if (patch.memberships) await replaceMemberships(tx, actor.organizationId, userId, patch.memberships);
    if (patch.disabled) await destroyUserSessions(tx, userId);
    const [after] = await loadMembers(tx, actor.organizationId, userId);
    await recordAudit(tx, actor, {
      action: auditAction(before, patch),
      entityType: 'user',
      entityId: userId,
      before,
      after,
    });
    return after;
  });
}
