import { and, asc, desc, eq, gte, isNotNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Open311Update } from '../../../common/contracts/open311';
import type { Db } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { reportCategories, reports, reportUpdates } from '../../db/schema';
import { dateRange } from './date-range';
import type { Jurisdiction } from './jurisdiction';
import { updateText, w3 } from './presenter';
import type { Reader } from './reader-disclosure';
import { extendedStatus } from './statuses';

const maxUpdates = 1000;
const earlier = alias(reportUpdates, 'earlier');

/** The status of the entry before this one on the same report (null for the first). */
const previousStatus = (db: Db) =>
  db
    .select({ status: earlier.status })
    .from(earlier)
    .where(
      and(
        eq(earlier.organizationId, reportUpdates.organizationId),
        eq(earlier.reportId, reportUpdates.reportId),
        lt(earlier.createdAt, reportUpdates.createdAt),
      ),
    )
    .orderBy(desc(earlier.createdAt))
    .limit(1);

/**
 * FixMyStreet's GET servicerequestupdates: the public side of reports' timelines — each status
 * change, and under a 'full' agreement each reply to the tenant — of non-restricted reports,
 * listed oldest first. With a start_date a client polls from where it stopped: the first 1000
 * from then on. Without one it gets the newest 1000 of the window (not its oldest), still listed
 * oldest first.
 * Internal notes never leave; an entry that only carries one is skipped.
 */
export async function listUpdates(
  db: Db,
  jurisdiction: Jurisdiction,
  query: { start_date?: string; end_date?: string },
  reader: Reader,
): Promise<Open311Update[]> {
  const { start, end } = dateRange(query.start_date, query.end_date);
  const changed = sql`${reportUpdates.status} is distinct from (${previousStatus(db)})`;
  const rows = await db
    .select({ update: reportUpdates })
    .from(reportUpdates)
    .innerJoin(reports, sameRow(reports, reportUpdates.organizationId, reportUpdates.reportId))
    .innerJoin(reportCategories, sameRow(reportCategories, reports.organizationId, reports.categoryId))
    .where(
      and(
        eq(reportUpdates.organizationId, jurisdiction.id),
        eq(reports.restricted, false),
        eq(reportCategories.restricted, false),
        gte(reportUpdates.createdAt, start),
        lt(reportUpdates.createdAt, end),
        // A reply alone is listed only to a reader who may read it; anyone sees status changes.
        reader.level === 'full' ? or(isNotNull(reportUpdates.publicText), changed) : changed,
      ),
    )
    .orderBy(
      ...(query.start_date
        ? [asc(reportUpdates.createdAt), asc(reportUpdates.id)]
        : [desc(reportUpdates.createdAt), desc(reportUpdates.id)]),
    )
    .limit(maxUpdates);
  if (!query.start_date) rows.reverse();
  return rows.map(({ update }) => ({
    update_id: update.id,
    service_request_id: update.reportId,
    status: extendedStatus(update.status),
    updated_datetime: w3(update.createdAt),
    description: updateText(update.publicText, reader),
    media_url: '',
  }));
}
