import { and, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { ReportFilters } from '../../../common/contracts/reports';
import { reports } from '../../db/schema';

const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The inbox filters as one SQL condition; shared by the list, counts, map and exports. */
export function filterConditions(filters: Partial<ReportFilters>): SQL | undefined {
  const q = filters.q?.trim();
  return and(
    filters.areaId?.length ? inArray(reports.areaId, filters.areaId) : undefined,
    filters.categoryId?.length ? inArray(reports.categoryId, filters.categoryId) : undefined,
    filters.status?.length ? inArray(reports.status, filters.status) : undefined,
    filters.source?.length ? inArray(reports.source, filters.source) : undefined,
    filters.minAgeDays !== undefined ? lte(reports.createdAt, daysAgo(filters.minAgeDays)) : undefined,
    filters.maxAgeDays !== undefined ? gte(reports.createdAt, daysAgo(filters.maxAgeDays)) : undefined,
    q
      ? or(
          ilike(reports.trackingCode, likePattern(q.replace(/\s/g, ''))),
          // A restricted report's description is not searched: a hit would reveal its content unlogged.
          and(eq(reports.restricted, false), ilike(reports.description, likePattern(q))),
          ilike(reports.locationText, likePattern(q)),
        )
      : undefined,
  );
}
