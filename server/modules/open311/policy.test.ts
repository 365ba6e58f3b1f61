import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { type Open311Action, open311Permissions } from './policy';

const expected: Record<Open311Action, Role[]> = {
  'open311.publication': ['admin'],
  'open311.moderate_summary': ['admin', 'safety_coordinator'],
};

describe('open311 policy', () => {
  const cases = roles.flatMap((role) =>
    (Object.keys(expected) as Open311Action[]).map((action) => ({
      role,
      action,
      allowed: expected[action].includes(role),
    })),
  );
  it.each(cases)('$role may $action: $allowed', ({ role, action, allowed }) => {
    expect(allows(open311Permissions, actorWith(role), action)).toBe(allowed);
  });

  it('denies unknown actions', () => {
    expect(allows(open311Permissions, actorWith('admin'), 'open311.delete' as Open311Action)).toBe(false);
  });
});
