import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { breakGlassEntry, breakGlassQuery } from '../../../../common/contracts/reports';
import type { Db } from '../../../db/client';
import { auditLog, reportBreakGlass, reports, users } from '../../../db/schema';

type Query = z.infer<typeof breakGlassQuery>;
type Entry = z.infer<typeof breakGlassEntry>;

/**
 * The reads of the content made by the grant's holder on its report while it was open. Counted by
 * time window rather than by the grant id in the log row, so the count does not depend on which
 * keys the audit writer keeps.
 */
const readsUnderGrant = sql<number>`(select count(*)::int from ${auditLog} a
  where a.organization_id = ${reportBreakGlass.organizationId}
    and a.entity_type = 'report' and a.entity_id = ${reportBreakGlass.reportId}
    and a.actor_user_id = ${reportBreakGlass.userId} and a.action = 'read_restricted'
    and a.created_at >= ${reportBreakGlass.createdAt} and a.created_at < ${reportBreakGlass.expiresAt})`;

/**
 * The organization's break-glass grants for the log review, newest first: who, when, which report,
 * why, until when, and how many reads. Ids are UUIDv7, so paging by id never skips one.
 */
export async function listBreakGlass(db: Db, organizationId: string, query: Query): Promise<Entry[]> {
  const rows = await db
    .select({
      grant: reportBreakGlass,
      actorName: users.displayName,
      trackingCode: reports.trackingCode,
      reads: readsUnderGrant,
    })
    .from(reportBreakGlass)
    .innerJoin(users, eq(users.id, reportBreakGlass.userId))
    // A report erased since keeps its grant in the record, without a tracking code.
    .leftJoin(
      reports,
      and(
        eq(reports.organizationId, reportBreakGlass.organizationId),
        eq(reports.id, reportBreakGlass.reportId),
      ),
    )
    .where(
      and(
        eq(reportBreakGlass.organizationId, organizationId),
        query.before ? lt(reportBreakGlass.id, query.before) : undefined,
      ),
    )
    .orderBy(desc(reportBreakGlass.id))
    .limit(query.limit);
  return rows.map(({ grant, actorName, trackingCode, reads }) => ({
    id: grant.id,
    actor: { id: grant.userId, displayName: actorName },
    report: { id: grant.reportId, trackingCode },
    reason: grant.reason,
    createdAt: grant.createdAt.toISOString(),
    expiresAt: grant.expiresAt.toISOString(),
    reads: Number(reads),
  }));
}
