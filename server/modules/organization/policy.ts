import { roles } from '../../../common/roles';
import type { Permissions } from '../../platform/policy';

export type OrganizationAction = 'organization.read' | 'organization.settings';

/** Every member may see the organization's name; only admins change its settings. */
export const organizationPermissions: Permissions<OrganizationAction> = {
  'organization.read': roles,
  'organization.settings': ['admin'],
};
