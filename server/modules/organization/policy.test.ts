import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { type OrganizationAction, organizationPermissions } from './policy';

const expected: Record<OrganizationAction, Role[]> = {
  'organization.read': [...roles],
  'organization.settings': ['admin'],
};

describe('organization policy', () => {
  const cases = roles.flatMap((role) =>
    (Object.keys(expected) as OrganizationAction[]).map((action) => ({
      role,
      action,
      allowed: expected[action].includes(role),
    })),
  );
  it.each(cases)('$role may $action: $allowed', ({ role, action, allowed }) => {
    expect(allows(organizationPermissions, actorWith(role), action)).toBe(allowed);
  });

  it('denies unknown actions and roles', () => {
    expect(
      allows(organizationPermissions, actorWith('admin'), 'organization.delete' as OrganizationAction),
    ).toBe(false);
    expect(allows(organizationPermissions, actorWith('janitor' as Role), 'organization.read')).toBe(false);
  });
});
