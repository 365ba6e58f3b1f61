import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UserView, userPatch } from '../../../common/contracts/users';
import type { Locale } from '../../../common/roles';
import type { Db, Tx } from '../../db/client';
import { users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { destroyUserSessions, destroyUserSessionsIn } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { accountsBeyondReach, otherOrganizationsOf } from './account-reach';
import {
  assertValidMemberships,
  removeMemberships,
  replaceMemberships,
  setMembershipSuspended,
} from './memberships';
import { authorizeMember, type MemberFacts } from './policy';
import { auditedUser } from './presenter';
import { loadMembers } from './queries';

export type UserPatch = z.infer<typeof userPatch>;

export async function getMember(db: Db | Tx, actor: Actor, userId: string): Promise<UserView> {
  const [view] = await loadMembers(db, actor, userId);
  if (!view) throw new AppError('not_found');
  return view;
}

async function memberFacts(db: Db, actor: Actor, userId: string): Promise<MemberFacts> {
  const beyond = await accountsBeyondReach(db, actor, [userId]);
  return { self: userId === actor.userId, governsAccount: !beyond.has(userId) };
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

const changes = <T>(value: T | undefined, current: T) => value !== undefined && value !== current;

/** Each changed field checked against the member policy: account fields and membership fields differ. */
function authorizePatch(facts: MemberFacts, before: UserView, patch: UserPatch, locale: Locale): void {
  if (changes(patch.displayName, before.displayName))
    authorizeMember(facts, 'account.update', 'displayName', locale);
  if (changes(patch.locale, before.locale)) authorizeMember(facts, 'account.update', 'locale', locale);
  if (changes(patch.disabled, before.disabled)) authorizeMember(facts, 'account.disable', 'disabled', locale);
  if (patch.memberships) authorizeMember(facts, 'membership.update', 'memberships', locale);
  if (changes(patch.suspended, before.suspended))
    authorizeMember(facts, 'membership.suspend', 'suspended', locale);
}

function auditAction(before: UserView, patch: UserPatch): string {
  if (changes(patch.disabled, before.disabled)) return patch.disabled ? 'disable' : 'enable';
  if (changes(patch.suspended, before.suspended)) return patch.suspended ? 'suspend_member' : 'resume_member';
  return 'update';
}

const accountFields = (view: UserView) => ({
  displayName: view.displayName,
  locale: view.locale,
  disabled: view.disabled,
});

/**
 * Changes a member. Account fields (name, language, disabled) reach every organization of the
 * account, so they need an admin of all of them and are logged in each; membership fields
 * (roles, areas, suspension) stay in this organization. Suspending ends the person's sessions
 * in this organization; disabling ends all of them.
 */
export async function updateMember(
  db: Db,
  actor: Actor,
  userId: string,
  patch: UserPatch,
  locale: Locale,
): Promise<UserView> {
  const before = await getMember(db, actor, userId);
  assertNotSelfLockout(actor, userId, patch, locale);
  authorizePatch(await memberFacts(db, actor, userId), before, patch, locale);
  if (patch.memberships) await assertValidMemberships(db, actor.organizationId, patch.memberships, locale);
  return db.transaction(async (tx) => {
    const disabling = changes(patch.disabled, before.disabled);
    await tx
      .update(users)
      .set({
        displayName: patch.displayName,
        locale: patch.locale,
        ...(disabling ? { disabledAt: patch.disabled ? new Date() : null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    const suspended = patch.suspended ?? before.suspended;
    if (patch.memberships) {
      const since = suspended ? new Date() : null;
      await replaceMemberships(tx, actor.organizationId, userId, patch.memberships, since);
    } else if (changes(patch.suspended, before.suspended)) {
      await setMembershipSuspended(tx, actor.organizationId, userId, suspended);
    }
    if (suspended && !before.suspended) await destroyUserSessionsIn(tx, userId, actor.organizationId);
    if (patch.disabled) await destroyUserSessions(tx, userId);
    const after = await getMember(tx, actor, userId);
    const action = auditAction(before, patch);
    const entry = { entityType: 'user', entityId: userId };
    await recordAudit(tx, actor, {
      ...entry,
      action,
      before: auditedUser(before),
      after: auditedUser(after),
    });
    const accountChanged = JSON.stringify(accountFields(before)) !== JSON.stringify(accountFields(after));
    if (accountChanged) {
      // The change reaches the account's other organizations too: their admins see it in their log.
      for (const organizationId of await otherOrganizationsOf(tx, userId, actor.organizationId)) {
        const other = { userId: actor.userId, organizationId };
        await recordAudit(tx, other, {
          ...entry,
          action: action === 'update' ? 'update_account' : action,
          before: accountFields(before),
          after: accountFields(after),
        });
      }
    }
    return after;
  });
}

/** Removes the person from this organization only; their sessions here end, the account stays. */
export async function removeMember(db: Db, actor: Actor, userId: string, locale: Locale): Promise<void> {
  const before = await getMember(db, actor, userId);
  authorizeMember(await memberFacts(db, actor, userId), 'membership.remove', 'id', locale);
  await db.transaction(async (tx) => {
    await removeMemberships(tx, actor.organizationId, userId);
    await destroyUserSessionsIn(tx, userId, actor.organizationId);
    await recordAudit(tx, actor, {
      action: 'remove_member',
      entityType: 'user',
      entityId: userId,
      before: auditedUser(before),
    });
  });
}
