import type { Permissions } from '../../platform/policy';

export type PrivacyAction = 'privacy.subject_requests';

/**
 * Data subject requests reach every report of a person in the organization, restricted ones
 * included, and erase them: only those who may read restricted reports organization-wide (the
 * social coordinator and admins). Checked without an area, so an area-scoped grant is not enough.
 */
export const privacyPermissions: Permissions<PrivacyAction> = {
  'privacy.subject_requests': ['admin', 'social_coordinator'],
};
