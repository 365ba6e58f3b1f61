import { and, asc, desc, eq, gte, isNotNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Open311Update } from '../../../common/contracts/open311';
import type { Db } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { reportCategories, reports, reportUpdates } from '../../db/schema';
import { dateRange } from './date-range';
import type { Jurisdiction } from './jurisdiction';
import { w3 } from './presenter';
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
 * change and each public reply — of non-restricted reports, listed oldest first. With a
 * start_date a client polls from where it stopped: the first 1000 from then on. Without one it
 * gets the newest 1000 of the window (not its oldest), still listed oldest first.
 * Internal notes never leave; an entry that only carries one is skipped.
 */
export async function listUpdates(
  db: Db,
  jurisdiction: Jurisdiction,
  query: { start_date?: string; end_date?: string },
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
        or(isNotNull(reportUpdates.publicText), changed),
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
    description: update.publicText ?? '',
    media_url: '',
  }));
}
