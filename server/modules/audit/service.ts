import { and, desc, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { auditEntry, auditQuery } from '../../../common/contracts/users';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';

type AuditQuery = z.infer<typeof auditQuery>;
type AuditEntry = z.infer<typeof auditEntry>;

/**
 * The organization's audit log, newest first, paged by `before` (an entry id). Ids are UUIDv7, so
 * their order is the order of writing, and entries written in the same millisecond are not skipped.
 */
export async function listAudit(db: Db, organizationId: string, query: AuditQuery): Promise<AuditEntry[]> {
  const rows = await db
    .select({ entry: auditLog, actorName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      and(
        eq(auditLog.organizationId, organizationId),
        query.before ? lt(auditLog.id, query.before) : undefined,
        query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(query.limit);
  return rows.map(({ entry, actorName }) => ({
    id: entry.id,
    actor: entry.actorUserId ? { id: entry.actorUserId, displayName: actorName ?? '' } : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
    createdAt: entry.createdAt.toISOString(),
  }));
}
