import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { type PrivacyAction, privacyPermissions } from './policy';

/** The expected table, written out by hand so a change to policy.ts must be a deliberate one. */
const expected: Record<PrivacyAction, Role[]> = {
  'privacy.subject_requests': ['admin', 'social_coordinator'],
};

const cases = roles.flatMap((role) =>
  (Object.keys(expected) as PrivacyAction[]).map((action) => ({
    role,
    action,
    may: expected[action].includes(role),
  })),
);

describe('privacy policy', () => {
  it.each(cases)('$role → $action: $may', ({ role, action, may }) => {
    expect(allows(privacyPermissions, actorWith(role, 'all'), action)).toBe(may);
    // A person's data spans every area: an area-scoped grant does not reach it.
    expect(allows(privacyPermissions, actorWith(role, ['area-1']), action)).toBe(false);
  });

  it('denies unknown roles (fail closed)', () => {
    expect(allows(privacyPermissions, actorWith('superuser', 'all'), 'privacy.subject_requests')).toBe(false);
  });
});
