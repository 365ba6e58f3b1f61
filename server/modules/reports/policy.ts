import type { Permissions } from '../../platform/policy';

export type ReportAction =
  | 'report.read'
  | 'report.read_restricted'
  | 'report.read_contact'
  | 'report.create'
  | 'report.triage'
  | 'report.triage_restricted'
  | 'report.export'
  | 'report.figures'
  | 'report.configure';

const handlers = ['admin', 'safety_coordinator', 'area_manager'] as const;

/**
 * Who may do what with reports. Restricted reports (disturbance, subletting) are need-to-know:
 * only social coordinators and admins read or handle them. Contact details are seen only by
 * those who handle reports; partners see reports only as aggregates (not here).
 */
export const reportPermissions: Permissions<ReportAction> = {
  'report.read': [...handlers, 'social_coordinator', 'field_staff', 'guard', 'viewer'],
  'report.read_restricted': ['admin', 'social_coordinator'],
  'report.read_contact': [...handlers, 'social_coordinator'],
  'report.create': [...handlers, 'social_coordinator', 'field_staff', 'guard'],
  'report.triage': handlers,
  'report.triage_restricted': ['admin', 'social_coordinator'],
  'report.export': handlers,
  'report.figures': [...handlers, 'social_coordinator', 'viewer'],
  'report.configure': ['admin', 'safety_coordinator'],
};
