import type { Role } from '../../common/roles';
import type { RolesFor } from '../platform/auth/route-access';
import { auditPermissions } from './audit/policy';
import { outboxPermissions } from './dev/policy';
import { open311Permissions } from './open311/policy';
import { organizationPermissions } from './organization/policy';
import { placePermissions } from './places/policy';
import { privacyPermissions } from './privacy/policy';
import { reportPermissions } from './reports/policy';
import { retentionPermissions } from './retention/policy';
import { surveyPermissions } from './surveys/policy';
import { userPermissions } from './users/policy';
import { workOrderPermissions } from './work-orders/policy';

/**
 * Every domain's permission table in one, for the declared permission of each route
 * (`config: { permission: 'report.read' }`). A new domain with its own policy.ts adds it here.
 */
export const allPermissions = {
  ...auditPermissions,
  ...outboxPermissions,
  ...open311Permissions,
  ...organizationPermissions,
  ...placePermissions,
  ...privacyPermissions,
  ...reportPermissions,
  ...retentionPermissions,
  ...surveyPermissions,
  ...userPermissions,
  ...workOrderPermissions,
};

export type Action = keyof typeof allPermissions;

declare module '../platform/auth/route-access' {
  interface PermissionRegistry {
    actions: Action;
  }
}

const table: Readonly<Record<string, readonly Role[]>> = allPermissions;

/** The roles an action is granted to; none for an unknown action (fail closed). */
export const rolesFor: RolesFor = (action) => (Object.hasOwn(table, action) ? table[action] : []);
