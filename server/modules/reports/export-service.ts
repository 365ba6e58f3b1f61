import { and, desc } from 'drizzle-orm';
import type { z } from 'zod';
import type { reportExportQuery } from '../../../common/contracts/reports';
import type { Locale } from '../../../common/roles';
import { sameRow } from '../../db/same-row';
import { areas, buildings, entrances, reportCategories, reports, workOrders } from '../../db/schema';
import { toCsv } from '../../platform/csv';
import { visibleReports } from './access';
import type { ReportContext } from './context';
import { type Table, toXlsx } from './export-file';
import { filterConditions } from './filters';
import { ensureAnyOf } from './settings-access';
import { categoryName, placeLabel } from './summaries';

type Query = z.infer<typeof reportExportQuery>;

/** More than a year of a large company's reports; beyond that, narrow the filters. */
const maxRows = 100_000;

const headers: Record<Locale, string[]> = {
  sv: [
    'Ärendekod',
    'Inkommen',
    'Kategori',
    'Status',
    'Område',
    'Plats',
    'Beskrivning',
    'Källa',
    'Åtgärd nr',
    'Första svar',
    'Avslutad',
  ],
  en: [
    'Tracking code',
    'Received',
    'Category',
    'Status',
    'Area',
    'Place',
    'Description',
    'Source',
    'Work order no.',
    'First response',
    'Closed',
  ],
};

/** What an export says in place of a restricted report's description. */
const restrictedCategory: Record<Locale, string> = { sv: 'Begränsad kategori', en: 'Restricted category' };

/**
 * The reports under the inbox filters as a table. Never contact details: exports travel to
 * partners and spreadsheets. Never a restricted report's description either, whoever exports:
 * its content is read on its detail page, where the read is logged.
 */
async function exportTable(ctx: ReportContext, query: Query): Promise<Table> {
  const { format: _format, ...filters } = query;
  const rows = await ctx.db
    .select({
      report: reports,
      categoryName: categoryName(ctx.locale),
      areaName: areas.name,
      placeLabel,
      workOrderNumber: workOrders.number,
    })
    .from(reports)
    .innerJoin(reportCategories, sameRow(reportCategories, reports.organizationId, reports.categoryId))
    .leftJoin(areas, sameRow(areas, reports.organizationId, reports.areaId))
    .leftJoin(buildings, sameRow(buildings, reports.organizationId, reports.buildingId))
    .leftJoin(entrances, sameRow(entrances, reports.organizationId, reports.entranceId))
    .leftJoin(workOrders, sameRow(workOrders, reports.organizationId, reports.workOrderId))
    .where(
      and(visibleReports(ctx.actor, 'report.export'), visibleReports(ctx.actor), filterConditions(filters)),
    )
    .orderBy(desc(reports.id))
    .limit(maxRows);
  return {
    headers: headers[ctx.locale],
    rows: rows.map(({ report: r, ...joined }) => [
      r.trackingCode,
      r.createdAt,
      joined.categoryName,
      r.status,
      joined.areaName,
      joined.placeLabel,
      r.restricted ? restrictedCategory[ctx.locale] : r.description,
      r.source,
      joined.workOrderNumber,
      r.firstResponseAt,
      r.closedAt,
    ]),
  };
}

export async function exportReports(ctx: ReportContext, query: Query) {
  ensureAnyOf(ctx.actor, ['report.export']);
  const table = await exportTable(ctx, query);
  const stamp = new Date().toISOString().slice(0, 10);
  if (query.format === 'csv') {
    return {
      body: toCsv(table.headers, table.rows),
      contentType: 'text/csv; charset=utf-8',
      filename: `reports-${stamp}.csv`,
    };
  }
  return {
    body: await toXlsx(ctx.locale === 'sv' ? 'Rapporter' : 'Reports', table),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: `reports-${stamp}.xlsx`,
  };
}
