import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { reports, retentionRuns } from '../../db/schema';
import { type RetentionOptions, runRetention } from './run';

/** A moment `months` months (and a day more, clear of the edge) before now. */
export function monthsAgo(months: number, now = new Date()): Date {
  const at = new Date(now);
  at.setUTCMonth(at.getUTCMonth() - months);
  at.setUTCDate(at.getUTCDate() - 1);
  return at;
}

export const daysAgo = (days: number) => new Date(Date.now() - (days + 1) * 86_400_000);

/**
 * Runs the retention job as the queue would, on the test app's database and file storage, for
 * the test's own organizations only (test files share a PostgreSQL database and run at once).
 */
export const runRetentionOn = (
  app: FastifyInstance,
  organizationIds: string[],
  options: Partial<RetentionOptions> = {},
) => runRetention({ db: app.db, storage: app.storage, organizationIds, ...options });

/** Closes a report as the triage would have, `months` ago. */
export async function closeReportAgo(
  app: FastifyInstance,
  organizationId: string,
  id: string,
  months: number,
) {
  await app.db
    .update(reports)
    .set({ status: 'done', closedAt: monthsAgo(months) })
    .where(and(eq(reports.organizationId, organizationId), eq(reports.id, id)));
}

/** The rows each recorded run of a kind changed in an organization, oldest first. */
export async function runsOf(app: FastifyInstance, organizationId: string | null, kind: string) {
  return app.db
    .select()
    .from(retentionRuns)
    .where(
      and(
        organizationId === null
          ? sql`${retentionRuns.organizationId} is null`
          : eq(retentionRuns.organizationId, organizationId),
        eq(retentionRuns.kind, kind),
      ),
    )
    .orderBy(retentionRuns.startedAt);
}
