import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { auditPermissions } from '../audit/policy';
import { userPermissions } from './policy';

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
