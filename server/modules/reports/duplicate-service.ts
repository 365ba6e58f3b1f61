import { and, asc, between, eq, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { duplicateSuggestions } from '../../../common/contracts/reports';
import { duplicateRadiusMeters, duplicateWindowDays } from '../../../common/reporting';
import { reports } from '../../db/schema';
import { loadReport, visibleReports } from './access';
import type { ReportContext } from './context';
import { presentSummary, summaryRows } from './summaries';

const earthRadiusMeters = 6371000;
const metersPerDegreeLat = 111320;
const dayMs = 24 * 60 * 60 * 1000;

/** Great-circle distance in metres from a point to each report (haversine). */
const distanceFrom = (lon: number, lat: number) => sql<number>`(2 * ${earthRadiusMeters} * asin(sqrt(
  power(sin(radians(${reports.lat} - ${lat}::float8) / 2), 2) +
  cos(radians(${lat}::float8)) * cos(radians(${reports.lat})) *
  power(sin(radians(${reports.lon} - ${lon}::float8) / 2), 2))))`;

/**
 * Reports that may be the same thing: same category and restriction, within 50 m and 14 days either way, not
 * this one and not already merged, nearest first. A lon/lat box around the point comes first so
 * the position index does the narrowing and the haversine only runs on a handful of rows.
 */
export async function suggestDuplicates(
  ctx: ReportContext,
  id: string,
): Promise<z.infer<typeof duplicateSuggestions>> {
  const report = await loadReport(ctx.db, ctx.actor, id);
  if (report.lon === null || report.lat === null) return { suggestions: [] };
  const dLat = duplicateRadiusMeters / metersPerDegreeLat;
  const dLon = dLat / Math.max(Math.cos((report.lat * Math.PI) / 180), 0.01);
  const window = duplicateWindowDays * dayMs;
  const distance = distanceFrom(report.lon, report.lat);
  const near = and(
    visibleReports(ctx.actor),
    eq(reports.categoryId, report.categoryId),
    // The copied flag can differ within a category (older reports); merging needs them equal.
    eq(reports.restricted, report.restricted),
    ne(reports.id, report.id),
    isNull(reports.duplicateOfId),
    ne(reports.status, 'duplicate'),
    between(reports.lon, report.lon - dLon, report.lon + dLon),
    between(reports.lat, report.lat - dLat, report.lat + dLat),
    between(
      reports.createdAt,
      new Date(report.createdAt.getTime() - window),
      new Date(report.createdAt.getTime() + window),
    ),
    sql`${distance} <= ${duplicateRadiusMeters}`,
  );
  const rows = await summaryRows(ctx.db, ctx.locale, near, 20, asc(distance));
  const distances = await ctx.db.select({ id: reports.id, distance }).from(reports).where(near);
  const byId = new Map(distances.map((d) => [d.id, Number(d.distance)]));
  return {
    suggestions: rows.map((row) => ({
      ...presentSummary(row),
      distanceMeters: Math.round(byId.get(row.report.id) ?? 0),
    })),
  };
}
