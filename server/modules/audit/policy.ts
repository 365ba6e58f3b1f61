import type { Permissions } from '../../platform/policy';

export type AuditAction = 'audit.read';

/** The audit log shows every administrative change, so only admins read it. */
export const auditPermissions: Permissions<AuditAction> = {
  'audit.read': ['admin'],
};
