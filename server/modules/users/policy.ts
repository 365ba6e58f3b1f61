import type { Permissions } from '../../platform/policy';

export type UserAction = 'user.manage';

/**
 * Who may administer the organization's users: admins only. Organization settings live in
 * organization/policy.ts.
 */
export const userPermissions: Permissions<UserAction> = {
  'user.manage': ['admin'],
};
