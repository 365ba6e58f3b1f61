import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../../common/roles';
import { abilities, allows } from '../../platform/policy';
import { actorWith } from '../../testing/actors';
import { canSee } from './access';
import { type ReportAction, reportPermissions } from './policy';

const handlers: Role[] = ['admin', 'safety_coordinator', 'area_manager'];

/** The expected table, written out by hand so a change to policy.ts must be a deliberate one. */
const expected: Record<ReportAction, Role[]> = {
  'report.read': [...handlers, 'social_coordinator', 'field_staff', 'guard', 'viewer'],
  // Restricted reports: admins see that they exist; only the social team reads them; admins open
  // one only by break-glass. The tenant form's restrictedNote says this (web/src/tenant/i18n).
  'report.list_restricted': ['admin', 'social_coordinator'],
  'report.read_restricted': ['social_coordinator'],
  'report.break_glass': ['admin'],
  'report.read_contact': [...handlers, 'social_coordinator'],
  'report.create': [...handlers, 'social_coordinator', 'field_staff', 'guard'],
  'report.triage': handlers,
  'report.triage_restricted': ['social_coordinator'],
  'report.export': handlers,
  'report.figures': [...handlers, 'social_coordinator', 'viewer'],
  'report.configure': ['admin', 'safety_coordinator'],
};

const cases = roles.flatMap((role) =>
  (Object.keys(expected) as ReportAction[]).map((action) => ({
    role,
    action,
    may: expected[action].includes(role),
  })),
);

describe('report policy', () => {
  it.each(cases)('$role → $action: $may', ({ role, action, may }) => {
    expect(allows(reportPermissions, actorWith(role, 'all'), action, 'area-2')).toBe(may);
    expect(allows(reportPermissions, actorWith(role, 'all'), action)).toBe(may);
    const scoped = actorWith(role, ['area-1']);
    expect(allows(reportPermissions, scoped, action, 'area-1')).toBe(may);
    expect(allows(reportPermissions, scoped, action, 'area-2')).toBe(false);
    expect(allows(reportPermissions, scoped, action)).toBe(false);
  });

  it('sends each role the abilities of its row', () => {
    for (const role of roles) {
      const actions = (Object.keys(expected) as ReportAction[]).filter((a) => expected[a].includes(role));
      expect(abilities(reportPermissions, actorWith(role, ['area-1'])).sort()).toEqual(actions.sort());
    }
  });

  it('lets only restricted readers see restricted reports, and area-less ones only org-wide', () => {
    const restricted = { areaId: 'area-1', restricted: true };
    expect(canSee(actorWith('social_coordinator', ['area-1']), restricted)).toBe(true);
    expect(canSee(actorWith('admin', 'all'), restricted)).toBe(true);
    expect(canSee(actorWith('safety_coordinator', 'all'), restricted)).toBe(false);
    expect(canSee(actorWith('safety_coordinator', 'all'), { ...restricted, restricted: false })).toBe(true);
    expect(canSee(actorWith('viewer', ['area-1']), { areaId: null, restricted: false })).toBe(false);
    expect(canSee(actorWith('partner', 'all'), { areaId: 'area-1', restricted: false })).toBe(false);
  });

  it('gives restricted content to the social team by role and to no one else but by break-glass', () => {
    const restricted = { areaId: 'area-1', restricted: true };
    const readers = roles.filter((role) =>
      allows(reportPermissions, actorWith(role, 'all'), 'report.read_restricted', 'area-1'),
    );
    expect(readers).toEqual(['social_coordinator']);
    const breakers = roles.filter((role) =>
      allows(reportPermissions, actorWith(role, 'all'), 'report.break_glass', 'area-1'),
    );
    expect(breakers).toEqual(['admin']);
    // Whoever may break the glass sees the report exists, or there would be nothing to open.
    for (const role of breakers) expect(canSee(actorWith(role, 'all'), restricted)).toBe(true);
  });

  it('denies unknown roles (fail closed)', () => {
    expect(allows(reportPermissions, actorWith('superuser', 'all'), 'report.read')).toBe(false);
  });
});
