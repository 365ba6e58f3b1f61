import type { Permissions } from '../../platform/policy';

export type SurveyAction =
  | 'survey.read'
  | 'survey.manage'
  | 'survey.key_paper'
  | 'survey.read_free_text'
  | 'survey.benchmark_opt_in';

const managers = ['admin', 'safety_coordinator'] as const;

/**
 * Survey figures are read by everyone who plans or follows up safety work, each within their
 * areas; waves, codes, letters, imports and targets are managed centrally; area managers may key
 * in paper answers for their own areas. Free text may identify someone, so viewers (and partners)
 * never see it. Joining the cross-company benchmark is a decision for the organization's admin.
 * Partners get nothing here yet (aggregates come with the situational picture).
 */
export const surveyPermissions: Permissions<SurveyAction> = {
  'survey.read': [...managers, 'area_manager', 'social_coordinator', 'viewer'],
  'survey.manage': managers,
  'survey.key_paper': [...managers, 'area_manager'],
  'survey.read_free_text': [...managers, 'area_manager', 'social_coordinator'],
  'survey.benchmark_opt_in': ['admin'],
};
