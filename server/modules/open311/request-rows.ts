import { and, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  areas,
  buildings,
  entrances,
  externalBodies,
  reportCategories,
  reportPublicSummaries,
  reports,
} from '../../db/schema';

/** What presenting a report as an Open311 request needs, in one query. */
const columns = {
  report: reports,
  category: {
    key: reportCategories.key,
    name: reportCategories.name,
    targetDays: reportCategories.targetDays,
  },
  buildingAddress: buildings.address,
  entranceLabel: entrances.label,
  areaName: areas.name,
  forwardedTo: externalBodies.name,
  /** The staff-approved public text, if any; the presenter shows it only while publication is on. */
  publicSummary: reportPublicSummaries.text,
};

export type RequestRow = Awaited<ReturnType<typeof requestRows>>[number];

/**
 * Reports of one organization as Open311 reads see them (what each reader sees: presenter.ts). Restricted reports
 * (disturbance, subletting, or a category made restricted later) are excluded here, in SQL,
 * so no read path can show them.
 */
export function requestRows(db: Db, organizationId: string, where: SQL | undefined, limit: number) {
  const org = reports.organizationId;
  return db
    .select(columns)
    .from(reports)
    .innerJoin(
      reportCategories,
      and(eq(reportCategories.organizationId, org), eq(reportCategories.id, reports.categoryId)),
    )
    .leftJoin(buildings, and(eq(buildings.organizationId, org), eq(buildings.id, reports.buildingId)))
    .leftJoin(entrances, and(eq(entrances.organizationId, org), eq(entrances.id, reports.entranceId)))
    .leftJoin(areas, and(eq(areas.organizationId, org), eq(areas.id, reports.areaId)))
    .leftJoin(
      externalBodies,
      and(eq(externalBodies.organizationId, org), eq(externalBodies.id, reports.forwardedToId)),
    )
    .leftJoin(
      reportPublicSummaries,
      and(eq(reportPublicSummaries.organizationId, org), eq(reportPublicSummaries.reportId, reports.id)),
    )
    .where(
      and(
        eq(reports.organizationId, organizationId),
        eq(reports.restricted, false),
        eq(reportCategories.restricted, false),
        where,
      ),
    )
    .limit(limit);
}
