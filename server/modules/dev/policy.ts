import type { Permissions } from '../../platform/policy';

export type OutboxAction = 'outbox.read';

/**
 * The demo outbox holds password links and tenants' addresses: admins only, and then only their
 * own organization's mail (service.ts). It exists at all only in demo mode without SMTP.
 */
export const outboxPermissions: Permissions<OutboxAction> = {
  'outbox.read': ['admin'],
};
