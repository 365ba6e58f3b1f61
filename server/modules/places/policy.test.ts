import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { abilities, allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { type PlaceAction, placePermissions } from './policy';

/** The expected table, written out by hand so a change to policy.ts must be a deliberate one. */
const expected: Record<PlaceAction, Role[]> = {
  'area.read': [
    'admin',
    'safety_coordinator',
    'social_coordinator',
    'area_manager',
    'field_staff',
    'guard',
    'viewer',
    'partner',
  ],
  'area.create': ['admin', 'safety_coordinator'],
  'area.update': ['admin', 'safety_coordinator'],
  'area.archive': ['admin', 'safety_coordinator'],
  'building.read': [
    'admin',
    'safety_coordinator',
    'social_coordinator',
    'area_manager',
    'field_staff',
    'guard',
    'viewer',
  ],
  'building.write': ['admin', 'safety_coordinator', 'area_manager'],
  'entrance.read': [
    'admin',
    'safety_coordinator',
    'social_coordinator',
    'area_manager',
    'field_staff',
    'guard',
    'viewer',
  ],
  'entrance.write': ['admin', 'safety_coordinator', 'area_manager'],
  'apartment.read': ['admin', 'safety_coordinator', 'social_coordinator', 'area_manager', 'field_staff'],
  'apartment.write': ['admin', 'safety_coordinator', 'area_manager'],
  'place.import': ['admin', 'safety_coordinator'],
};

const cases = roles.flatMap((role) =>
  (Object.keys(expected) as PlaceAction[]).map((action) => ({
    role,
    action,
    may: expected[action].includes(role),
  })),
);

describe('place policy', () => {
  it.each(cases)('$role → $action: $may', ({ role, action, may }) => {
    // Organization-wide grant: anywhere, and on the organization as a whole.
    expect(allows(placePermissions, actorWith(role, 'all'), action, 'area-2')).toBe(may);
    expect(allows(placePermissions, actorWith(role, 'all'), action)).toBe(may);
    // Area-scoped grant: inside its area only, never organization-wide.
    const scoped = actorWith(role, ['area-1']);
    expect(allows(placePermissions, scoped, action, 'area-1')).toBe(may);
    expect(allows(placePermissions, scoped, action, 'area-2')).toBe(false);
    expect(allows(placePermissions, scoped, action)).toBe(false);
  });

  it('sends each role the abilities of its row', () => {
    for (const role of roles) {
      const actions = (Object.keys(expected) as PlaceAction[]).filter((a) => expected[a].includes(role));
      expect(abilities(placePermissions, actorWith(role, ['area-1'])).sort()).toEqual(actions.sort());
    }
  });

  it('denies unknown roles and unknown actions (fail closed)', () => {
    expect(allows(placePermissions, actorWith('superuser', 'all'), 'area.read')).toBe(false);
    const table = placePermissions as Record<string, readonly Role[]>;
    expect(allows<string>(table, actorWith('admin', 'all'), 'area.delete')).toBe(false);
  });
});
