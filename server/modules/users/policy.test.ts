import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { auditPermissions } from '../audit/policy';
import { authorizeMember, type MemberFacts, memberActionsFor, userPermissions } from './policy';

const cases: [string, boolean][] = roles.map((role) => [role, role === 'admin']);

describe('user and audit policy', () => {
  it.each(cases)('%s may manage users and read the audit log: %s', (role, expected) => {
    const actor = actorWith(role);
    expect(allows(userPermissions, actor, 'user.manage')).toBe(expected);
    expect(allows(auditPermissions, actor, 'audit.read')).toBe(expected);
  });

  it('denies unknown roles and unknown actions (fail closed)', () => {
    expect(allows(userPermissions, actorWith('superuser'), 'user.manage')).toBe(false);
    const table = userPermissions as Record<string, readonly Role[]>;
    expect(allows<string>(table, actorWith('admin'), 'user.delete_everything')).toBe(false);
  });

  it('gives an area-scoped admin no organization-wide user management', () => {
    expect(allows(userPermissions, actorWith('admin', ['area-1']), 'user.manage')).toBe(false);
  });
});

/** (self, governs the account) → the actions on a member, written out by hand. */
const memberCases: [string, MemberFacts, string[]][] = [
  [
    'a member only here',
    { self: false, governsAccount: true },
    ['membership.update', 'membership.suspend', 'membership.remove', 'account.update', 'account.disable'],
  ],
  [
    'a member who also belongs to an organization the admin does not administer',
    { self: false, governsAccount: false },
    ['membership.update', 'membership.suspend', 'membership.remove'],
  ],
  ['the admin themselves', { self: true, governsAccount: true }, ['membership.update', 'account.update']],
  [
    'the admin themselves, shared with another organization',
    { self: true, governsAccount: false },
    ['membership.update', 'account.update'],
  ],
];

describe('member policy', () => {
  it.each(memberCases)('on %s', (_label, facts, expected) => {
    expect(memberActionsFor(facts)).toEqual(expected);
  });

  it('refuses with 403 naming the field and why', () => {
    const shared = { self: false, governsAccount: false };
    expect(() => authorizeMember(shared, 'account.update', 'displayName', 'sv')).toThrowError(
      expect.objectContaining({
        status: 403,
        issues: [{ path: 'displayName', message: expect.stringMatching(/andra organisationer/) }],
      }),
    );
    expect(() => authorizeMember(shared, 'membership.suspend', 'suspended', 'en')).not.toThrow();
    const unknown = 'account.delete_everything' as Parameters<typeof authorizeMember>[1];
    expect(() => authorizeMember({ self: false, governsAccount: true }, unknown, 'x', 'en')).toThrow();
  });
});
