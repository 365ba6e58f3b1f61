import type { MemberAction } from '../../../common/contracts/users';
import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';
import type { Permissions } from '../../platform/policy';

export type UserAction = 'user.manage';

/**
 * Who may administer the organization's users: admins only. Organization settings live in
 * organization/policy.ts.
 */
export const userPermissions: Permissions<UserAction> = {
  'user.manage': ['admin'],
};

/**
 * What decides an admin's reach over one member. An account is global and may belong to
 * several organizations; an admin governs the account only if they are an admin (all areas) of
 * every organization it belongs to. Otherwise they administer this organization's membership only.
 */
export type MemberFacts = { self: boolean; governsAccount: boolean };

/** One rule per action: the single place that decides what an admin may do to a member. */
const memberRules: Record<MemberAction, (facts: MemberFacts) => boolean> = {
  'membership.update': () => true,
  'membership.suspend': (facts) => !facts.self,
  'membership.remove': (facts) => !facts.self,
  'account.update': (facts) => facts.self || facts.governsAccount,
  'account.disable': (facts) => !facts.self && facts.governsAccount,
};

/** The actions the admin may perform on the member, sent with the member so the UI offers only these. */
export function memberActionsFor(facts: MemberFacts): MemberAction[] {
  return (Object.keys(memberRules) as MemberAction[]).filter((action) => memberRules[action](facts));
}

const refusals: Record<Locale, { account: string; self: string }> = {
  sv: {
    account:
      'kontot tillhör även andra organisationer än dem du administrerar: namn, språk och avstängning av hela kontot sköts av personen själv (eller av en administratör i alla kontots organisationer); du kan ändra roller, stänga av eller ta bort medlemskapet här',
    self: 'du kan inte stänga av eller ta bort ditt eget medlemskap',
  },
  en: {
    account:
      'the account also belongs to organizations you do not administer: its name, language and disabling the whole account belong to the person (or to an admin of all its organizations); you can change roles, suspend or remove the membership here',
    self: 'you cannot suspend or remove your own membership',
  },
};

/** Throws 403 naming the field and why, unless the admin may perform the action on the member. */
export function authorizeMember(
  facts: MemberFacts,
  action: MemberAction,
  path: string,
  locale: Locale,
): void {
  if (memberRules[action]?.(facts)) return;
  const message = action.startsWith('account.') ? refusals[locale].account : refusals[locale].self;
  throw new AppError('forbidden', [{ path, message }]);
}
