import { desc, type SQL, sql } from 'drizzle-orm';
import type { ReportSummary } from '../../../common/contracts/reports';
import type { ReportSource, ReportStatus } from '../../../common/reporting';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, buildings, entrances, reportCategories, reports } from '../../db/schema';

/** A category's name in the staff member's language, else Swedish (always present). */
export const categoryName = (locale: string) =>
  sql<string>`coalesce(${reportCategories.name}->>${locale}, ${reportCategories.name}->>'sv')`;

/** "Storgatan 1, A": the building's address and the entrance, else the reporter's own words. */
export const placeLabel = sql<string | null>`coalesce(
  ${buildings.address} || coalesce(', ' || ${entrances.label}, ''), ${reports.locationText})`;

const photoCount = sql<number>`(select count(*)::int from photos p
  where p.organization_id = ${reports.organizationId} and p.owner_type = 'report' and p.owner_id = ${reports.id})`;

/** The reports with their category, area and place joined, as the inbox shows them. */
export function summaryRows(
  db: Tx,
  locale: string,
  where: SQL | undefined,
  limit: number,
  orderBy: SQL = desc(reports.id),
) {
  return db
    .select({
      report: reports,
      categoryName: categoryName(locale),
      areaName: areas.name,
      placeLabel,
      photoCount,
    })
    .from(reports)
    .innerJoin(reportCategories, sameRow(reportCategories, reports.organizationId, reports.categoryId))
    .leftJoin(areas, sameRow(areas, reports.organizationId, reports.areaId))
    .leftJoin(buildings, sameRow(buildings, reports.organizationId, reports.buildingId))
    .leftJoin(entrances, sameRow(entrances, reports.organizationId, reports.entranceId))
    .where(where)
    .orderBy(orderBy)
    .limit(limit);
}

export type SummaryRow = Awaited<ReturnType<typeof summaryRows>>[number];

/**
 * The only shape in which a report leaves the server in lists. A restricted report's description
 * never does: reading it is a logged read, which only its detail page makes.
 */
export function presentSummary(row: SummaryRow): ReportSummary {
  const r = row.report;
  return {
    id: r.id,
    trackingCode: r.trackingCode,
    categoryId: r.categoryId,
    categoryName: row.categoryName,
    restricted: r.restricted,
    status: r.status as ReportStatus,
    source: r.source as ReportSource,
    areaId: r.areaId,
    areaName: row.areaName,
    outsideAreas: r.areaId === null && r.lon !== null && r.lat !== null,
    placeLabel: row.placeLabel,
    lon: r.lon,
    lat: r.lat,
    description: r.restricted ? null : r.description,
    photoCount: Number(row.photoCount),
    workOrderId: r.workOrderId,
    duplicateOfId: r.duplicateOfId,
    createdAt: r.createdAt.toISOString(),
  };
}
