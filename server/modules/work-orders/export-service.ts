import ExcelJS from 'exceljs';
import type { Locale } from '../../../common/roles';
import { workOrders } from '../../db/schema';
import { toCsv as csvFile } from '../../platform/csv';
import { forbidden } from '../../platform/errors';
import { areaScope } from '../../platform/policy';
import { inScope } from '../places/access';
import type { WorkOrderContext } from './context';
import { workOrderPermissions } from './policy';
import { placeLabel } from './presenter';
import { type SummaryRow, selectSummaries, type WorkOrderFilters } from './summaries';

const columns = [
  'number',
  'pillar',
  'title',
  'area',
  'place',
  'assignee',
  'contractor',
  'due',
  'priority',
  'status',
  'cost',
  'reports',
  'created',
  'completed',
] as const;
type Column = (typeof columns)[number];

const headers: Record<Locale, Record<Column, string>> = {
  sv: {
    number: 'Nummer',
    pillar: 'Område för åtgärd',
    title: 'Rubrik',
    area: 'Bostadsområde',
    place: 'Plats',
    assignee: 'Ansvarig',
    contractor: 'Entreprenör',
    due: 'Klart senast',
    priority: 'Prioritet',
    status: 'Status',
    cost: 'Kostnad (kr)',
    reports: 'Anmälningar',
    created: 'Skapad',
    completed: 'Klar',
  },
  en: {
    number: 'Number',
    pillar: 'Pillar',
    title: 'Title',
    area: 'Area',
    place: 'Place',
    assignee: 'Responsible',
    contractor: 'Contractor',
    due: 'Due',
    priority: 'Priority',
    status: 'Status',
    cost: 'Cost (SEK)',
    reports: 'Reports',
    created: 'Created',
    completed: 'Completed',
  },
};

type Cell = string | number | null;

function cells(row: SummaryRow): Record<Column, Cell> {
  const w = row.workOrder;
  return {
    number: w.number,
    pillar: w.pillar,
    title: w.title,
    area: row.areaName,
    place: placeLabel(row),
    assignee: row.assigneeName,
    contractor: w.contractor,
    due: w.dueDate,
    priority: w.priority,
    status: w.status,
    cost: w.cost === null ? null : Number(w.cost),
    reports: Number(row.reportCount),
    created: w.createdAt.toISOString(),
    completed: w.completedAt?.toISOString() ?? null,
  };
}

/** The work orders in the shared CSV form (platform/csv.ts), columns in the XLSX's order. */
function toCsv(rows: SummaryRow[], locale: Locale): Buffer {
  return csvFile(
    columns.map((key) => headers[locale][key]),
    rows.map((row) => {
      const byColumn = cells(row);
      return columns.map((key) => byColumn[key]);
    }),
  );
}

async function toXlsx(rows: SummaryRow[], locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'sv' ? 'Åtgärder' : 'Work orders');
  sheet.columns = columns.map((key) => ({
    key,
    header: headers[locale][key],
    width: key === 'title' ? 40 : 16,
  }));
  for (const row of rows) sheet.addRow(cells(row));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The work orders of the list with the same filters, as a file (work_order.export). */
export async function exportWorkOrders(
  ctx: WorkOrderContext,
  filters: WorkOrderFilters,
  format: 'csv' | 'xlsx',
) {
  const scope = areaScope(workOrderPermissions, ctx.actor, 'work_order.export');
  if (scope.kind === 'none') throw forbidden();
  // Only the areas the actor may export from, even if they read more.
  const rows = await selectSummaries(ctx.db, ctx.actor, filters, {
    where: inScope(workOrders.areaId, scope),
  });
  const date = new Date().toISOString().slice(0, 10);
  const fileName = `${ctx.locale === 'sv' ? 'atgarder' : 'work-orders'}-${date}.${format}`;
  if (format === 'csv')
    return { fileName, contentType: 'text/csv; charset=utf-8', bytes: toCsv(rows, ctx.locale) };
  const contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { fileName, contentType, bytes: await toXlsx(rows, ctx.locale) };
}
