import type { Tx } from '../db/client';
import { auditLog } from '../db/schema';
import type { Actor } from './actor';
import { auditedValues } from './audit-fields';
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
 * and the data never disagree. `before`/`after` may be whole rows: only the values of fields
 * listed for the entity type in audit-fields.ts are stored; other fields are recorded as changed
 * without their value (free text and personal data never reach the append-only log). A new
 * action needs no registration; a new entity type or field whose value should be kept is added
 * to that list.
 */
export async function recordAudit(
  tx: Tx,
  /** userId null: someone not logged in (e.g. the holder of an invitation link). */
  actor: { userId: Actor['userId'] | null; organizationId: Actor['organizationId'] },
  entry: AuditEntry,
) {
  const { before, after } = auditedValues(entry.entityType, entry.before, entry.after);
  await tx.insert(auditLog).values({
    organizationId: actor.organizationId,
    id: newId(),
    actorUserId: actor.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before,
    after,
  });
}
