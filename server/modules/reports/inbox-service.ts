import { and, count, lt, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  areaReportCounts,
  reportFilters,
  reportList,
  reportListQuery,
} from '../../../common/contracts/reports';
import { closedReportStatuses } from '../../../common/reporting';
import { sameRow } from '../../db/same-row';
import { areas, reports } from '../../db/schema';
import { visibleReports } from './access';
import type { ReportContext } from './context';
import { filterConditions } from './filters';
import { presentSummary, summaryRows } from './summaries';

type ListQuery = z.infer<typeof reportListQuery>;

/** The inbox: newest first, paged by id (UUIDv7, so by time), with the total of the filter. */
export async function listReports(ctx: ReportContext, query: ListQuery): Promise<z.infer<typeof reportList>> {
  const matching = and(visibleReports(ctx.actor), filterConditions(query));
  const page = and(matching, query.before ? lt(reports.id, query.before) : undefined);
  const [rows, [{ total }]] = await Promise.all([
    summaryRows(ctx.db, ctx.locale, page, query.limit + 1),
    ctx.db.select({ total: count() }).from(reports).where(matching),
  ]);
  const items = rows.slice(0, query.limit).map(presentSummary);
  const hasMore = rows.length > query.limit;
  return { items, total: Number(total), nextBefore: hasMore ? items[items.length - 1].id : null };
}

/** Open and total reports per area (and "no area"), under the same filters. */
export async function countReportsPerArea(
  ctx: ReportContext,
  filters: z.infer<typeof reportFilters>,
): Promise<z.infer<typeof areaReportCounts>> {
  const open = sql<number>`count(*) filter (where ${notInArray(reports.status, [...closedReportStatuses])})`;
  const rows = await ctx.db
    .select({ areaId: reports.areaId, areaName: areas.name, open, total: count() })
    .from(reports)
    .leftJoin(areas, sameRow(areas, reports.organizationId, reports.areaId))
    .where(and(visibleReports(ctx.actor), filterConditions(filters)))
    .groupBy(reports.areaId, areas.name)
    .orderBy(areas.name);
  return {
    areas: rows.map((r) => ({ ...r, open: Number(r.open), total: Number(r.total) })),
  };
}
