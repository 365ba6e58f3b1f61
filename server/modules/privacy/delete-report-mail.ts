import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { mailOutbox } from '../../db/schema';

/**
 * Deletes the organization's kept mail about one report (every mail about a report names its
 * tracking code), only to `recipient` when given. Returns how many rows went. Used when a
 * reporter withdraws their contact details and when a report's personal data is erased.
 */
export async function deleteMailAboutReport(
  tx: Tx,
  report: { organizationId: string; trackingCode: string },
  recipient?: string,
): Promise<number> {
  const deleted = await tx
    .delete(mailOutbox)
    .where(
      and(
        eq(mailOutbox.organizationId, report.organizationId),
        sql`position(${report.trackingCode} in ${mailOutbox.body}) > 0`,
        recipient === undefined
          ? undefined
          : sql`lower(${mailOutbox.recipient}) = ${recipient.toLowerCase()}`,
      ),
    )
    .returning({ id: mailOutbox.id });
  return deleted.length;
}
