import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { abilities, allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { type WorkOrderAction, workOrderPermissions } from './policy';

const planners: Role[] = ['admin', 'safety_coordinator', 'area_manager'];

/** The expected table, written out by hand so a change to policy.ts must be a deliberate one. */
const expected: Record<WorkOrderAction, Role[]> = {
  'work_order.read': [...planners, 'social_coordinator', 'field_staff', 'guard', 'viewer'],
  'work_order.create': planners,
  'work_order.update': planners,
  'work_order.update_assigned': ['field_staff', 'guard'],
  'work_order.comment': [...planners, 'social_coordinator', 'field_staff', 'guard'],
  'work_order.export': planners,
};

const cases = roles.flatMap((role) =>
  (Object.keys(expected) as WorkOrderAction[]).map((action) => ({
    role,
    action,
    may: expected[action].includes(role),
  })),
);

describe('work order policy', () => {
  it.each(cases)('$role → $action: $may', ({ role, action, may }) => {
    expect(allows(workOrderPermissions, actorWith(role, 'all'), action, 'area-2')).toBe(may);
    expect(allows(workOrderPermissions, actorWith(role, 'all'), action)).toBe(may);
    const scoped = actorWith(role, ['area-1']);
    expect(allows(workOrderPermissions, scoped, action, 'area-1')).toBe(may);
    expect(allows(workOrderPermissions, scoped, action, 'area-2')).toBe(false);
    expect(allows(workOrderPermissions, scoped, action)).toBe(false);
  });

  it('sends each role the abilities of its row', () => {
    for (const role of roles) {
      const actions = (Object.keys(expected) as WorkOrderAction[]).filter((a) => expected[a].includes(role));
      expect(abilities(workOrderPermissions, actorWith(role, ['area-1'])).sort()).toEqual(actions.sort());
    }
  });

  it('denies unknown roles and unknown actions (fail closed)', () => {
    expect(allows(workOrderPermissions, actorWith('superuser', 'all'), 'work_order.read')).toBe(false);
    const table = workOrderPermissions as Record<string, readonly Role[]>;
    expect(allows<string>(table, actorWith('admin', 'all'), 'work_order.delete')).toBe(false);
  });
});
