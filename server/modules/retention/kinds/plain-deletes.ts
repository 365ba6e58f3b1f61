import { sql } from 'drizzle-orm';
import { type BatchScope, deleteStep } from '../batch';

const before = (scope: BatchScope) => sql`${scope.cutoff.toISOString()}::timestamptz`;

/** Staff invitations answered, withdrawn or expired before the cutoff. */
export const invitationsStep = deleteStep(
  'invitations',
  (scope) => sql`organization_id = ${scope.organizationId}
    and least(expires_at, coalesce(accepted_at, declined_at, withdrawn_at, expires_at)) < ${before(scope)}`,
);

/**
 * Audit rows written before the cutoff. The database allows this delete and no other
 * (migration 0016's trigger checks each row against the same retention, with PostgreSQL's month
 * arithmetic: a day's margin keeps a row near the edge from failing the batch).
 */
export const auditLogStep = deleteStep(
  'audit_log',
  (scope) =>
    sql`organization_id = ${scope.organizationId} and created_at < ${before(scope)} - interval '1 day'`,
);

/**
 * Break-glass grants (with the admin's reason) written before the cutoff: part of the access
 * record, kept as long as the audit log and deleted by the same database guard.
 */
export const breakGlassStep = deleteStep(
  'report_break_glass',
  (scope) =>
    sql`organization_id = ${scope.organizationId} and created_at < ${before(scope)} - interval '1 day'`,
);

/** Mail in the outbox written before the cutoff (installation-wide). */
export const mailOutboxStep = deleteStep('mail_outbox', (scope) => sql`created_at < ${before(scope)}`);

/** Password-reset links expired (or used) before the cutoff (installation-wide). */
export const passwordResetsStep = deleteStep(
  'password_resets',
  (scope) => sql`least(expires_at, coalesce(used_at, expires_at)) < ${before(scope)}`,
);
