import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { type RetentionAction, retentionPermissions } from './policy';

const expected: Record<RetentionAction, Role[]> = {
  'retention.read': ['admin'],
  'retention.settings': ['admin'],
};

describe('retention policy', () => {
  const cases = roles.flatMap((role) =>
    (Object.keys(expected) as RetentionAction[]).map((action) => ({
      role,
      action,
      allowed: expected[action].includes(role),
    })),
  );
  it.each(cases)('$role may $action: $allowed', ({ role, action, allowed }) => {
    expect(allows(retentionPermissions, actorWith(role), action)).toBe(allowed);
  });

  it('denies unknown actions and roles', () => {
    expect(allows(retentionPermissions, actorWith('admin'), 'retention.delete' as RetentionAction)).toBe(
      false,
    );
    expect(allows(retentionPermissions, actorWith('janitor' as Role), 'retention.read')).toBe(false);
  });
});
