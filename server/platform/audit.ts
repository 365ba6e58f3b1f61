import type { Tx } from '../db/client';
import { auditLog } from '../db/schema';
import type { Actor } from './actor';
import { newId } from './ids';

export type AuditEntry = {
  action: 'create' | 'update' | 'archive' | 'restore' | 'import' | 'disable' | 'enable' | 'delete' | string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Records an administrative change in the same transaction as the change itself, so the log
 * and the data never disagree.
 */
export async function recordAudit(
  tx: Tx,
  /** userId null: someone not logged in (e.g. the holder of an invitation link). */
  actor: { userId: Actor['userId'] | null; organizationId: Actor['organizationId'] },
  entry: AuditEntry,
) {
  await tx.insert(auditLog).values({
    organizationId: actor.organizationId,
    id: newId(),
    actorUserId: actor.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
