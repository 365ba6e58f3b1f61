import type { Permissions } from '../../platform/policy';

export type RetentionAction = 'retention.read' | 'retention.settings';

/** The retention schedule and its runs are the admin's (domain.md: "retention rules"). */
export const retentionPermissions: Permissions<RetentionAction> = {
  'retention.read': ['admin'],
  'retention.settings': ['admin'],
};
