import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { abilities, allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { type SurveyAction, surveyPermissions } from './policy';

const managers: Role[] = ['admin', 'safety_coordinator'];

/** The expected table, written out by hand so a change to policy.ts must be a deliberate one. */
const expected: Record<SurveyAction, Role[]> = {
  'survey.read': [...managers, 'area_manager', 'social_coordinator', 'viewer'],
  'survey.manage': managers,
  'survey.key_paper': [...managers, 'area_manager'],
  'survey.read_free_text': [...managers, 'area_manager', 'social_coordinator'],
  'survey.benchmark_opt_in': ['admin'],
};

const cases = roles.flatMap((role) =>
  (Object.keys(expected) as SurveyAction[]).map((action) => ({
    role,
    action,
    may: expected[action].includes(role),
  })),
);

describe('survey policy', () => {
  it.each(cases)('$role → $action: $may', ({ role, action, may }) => {
    expect(allows(surveyPermissions, actorWith(role, 'all'), action, 'area-2')).toBe(may);
    expect(allows(surveyPermissions, actorWith(role, 'all'), action)).toBe(may);
    const scoped = actorWith(role, ['area-1']);
    expect(allows(surveyPermissions, scoped, action, 'area-1')).toBe(may);
    expect(allows(surveyPermissions, scoped, action, 'area-2')).toBe(false);
    expect(allows(surveyPermissions, scoped, action)).toBe(false);
  });

  it('sends each role the abilities of its row', () => {
    for (const role of roles) {
      const actions = (Object.keys(expected) as SurveyAction[]).filter((a) => expected[a].includes(role));
      expect(abilities(surveyPermissions, actorWith(role, ['area-1'])).sort()).toEqual(actions.sort());
    }
  });

  it('gives partners nothing and keeps free text from viewers', () => {
    expect(abilities(surveyPermissions, actorWith('partner', 'all'))).toEqual([]);
    expect(allows(surveyPermissions, actorWith('viewer', 'all'), 'survey.read_free_text')).toBe(false);
  });

  it('denies unknown roles and unknown actions (fail closed)', () => {
    expect(allows(surveyPermissions, actorWith('superuser', 'all'), 'survey.read')).toBe(false);
    const table = surveyPermissions as Record<string, readonly Role[]>;
    expect(allows<string>(table, actorWith('admin', 'all'), 'survey.delete')).toBe(false);
  });
});
