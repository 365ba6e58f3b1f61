import type { Permissions } from '../../platform/policy';

export type ReportAction =
  | 'report.read'
  | 'report.list_restricted'
  | 'report.read_restricted'
  | 'report.break_glass'
  | 'report.read_contact'
  | 'report.create'
  | 'report.triage'
  | 'report.triage_restricted'
  | 'report.export'
  | 'report.figures'
  | 'report.configure';

const handlers = ['admin', 'safety_coordinator', 'area_manager'] as const;

/**
 * Who may do what with reports. Restricted reports (disturbance, subletting: crime and health
 * data) are need-to-know: only the social team (social coordinators) reads their content —
 * description, photos, contact details, timeline texts — and handles them. Admins see that they
 * exist (category, status, place) and open their content only by a recorded break-glass with a
 * reason (report.break_glass), for a limited time. Every read of restricted content is logged.
 * The tenant form says exactly this (web/src/tenant/i18n restrictedNote): change both together.
 * Contact details are seen only by those who handle reports; partners see only aggregates.
 */
export const reportPermissions: Permissions<ReportAction> = {
  'report.read': [...handlers, 'social_coordinator', 'field_staff', 'guard', 'viewer'],
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
