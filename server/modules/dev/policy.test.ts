import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { type OutboxAction, outboxPermissions } from './policy';

const expected: Record<OutboxAction, Role[]> = {
  'outbox.read': ['admin'],
};

describe('outbox policy', () => {
  const cases = roles.flatMap((role) =>
    (Object.keys(expected) as OutboxAction[]).map((action) => ({
      role,
      action,
      allowed: expected[action].includes(role),
    })),
  );
  it.each(cases)('$role may $action: $allowed', ({ role, action, allowed }) => {
    expect(allows(outboxPermissions, actorWith(role), action)).toBe(allowed);
  });

  it('denies unknown actions and roles', () => {
    expect(allows(outboxPermissions, actorWith('admin'), 'outbox.delete' as OutboxAction)).toBe(false);
    expect(allows(outboxPermissions, actorWith('janitor' as Role), 'outbox.read')).toBe(false);
  });
});
