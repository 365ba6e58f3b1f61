import type { WorkOrderSummary } from '../../../common/contracts/work-orders';
import type { Pillar, Priority, WorkOrderStatus } from '../../../common/reporting';
import { isClosed } from './status';
import type { SummaryRow } from './summaries';

/** Today in Sweden, as the due dates are meant: a work order due today is not yet overdue. */
export const swedishToday = (now = new Date()) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);

export function placeLabel(row: Pick<SummaryRow, 'address' | 'entranceLabel'>): string | null {
  if (!row.address) return null;
  return row.entranceLabel ? `${row.address}, ${row.entranceLabel}` : row.address;
}

/** The only shape in which a work order in a list leaves the server. */
export function presentSummary(row: SummaryRow, today = swedishToday()): WorkOrderSummary {
  const w = row.workOrder;
  const status = w.status as WorkOrderStatus;
  return {
    id: w.id,
    number: w.number,
    pillar: w.pillar as Pillar,
    title: w.title,
    areaId: w.areaId,
    areaName: row.areaName,
    placeLabel: placeLabel(row),
    assignee: w.assigneeUserId && row.assigneeName ? { id: w.assigneeUserId, name: row.assigneeName } : null,
    contractor: w.contractor,
    dueDate: w.dueDate,
    priority: w.priority as Priority,
    status,
    reportCount: Number(row.reportCount),
    overdue: w.dueDate !== null && w.dueDate < today && !isClosed(status),
    createdAt: w.createdAt.toISOString(),
  };
}
