import { and, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { workOrderListQuery } from '../../../common/contracts/work-orders';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, buildings, entrances, reports, users, workOrders } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { visibleReports } from '../reports/access';
import { readableCondition } from './access';

export type WorkOrderFilters = z.infer<typeof workOrderListQuery>;

/** Counts only the reports the actor may see: a restricted report is not even a number. */
const reportCount = (actor: Actor) => sql<number>`(
  select count(*)::int from ${reports}
  where ${and(visibleReports(actor), eq(reports.organizationId, workOrders.organizationId), eq(reports.workOrderId, workOrders.id))}
)`;

/** One query for a list of work orders with their area, place, assignee and report count. */
const summaryColumns = (actor: Actor) => ({
  workOrder: workOrders,
  areaName: areas.name,
  address: buildings.address,
  entranceLabel: entrances.label,
  assigneeName: users.displayName,
  reportCount: reportCount(actor),
});

export type SummaryRow = {
  workOrder: typeof workOrders.$inferSelect;
  areaName: string;
  address: string | null;
  entranceLabel: string | null;
  assigneeName: string | null;
  reportCount: number;
};

function filterConditions(actor: Actor, filters: WorkOrderFilters): (SQL | undefined)[] {
  const assignee = filters.assignee === 'me' ? actor.userId : filters.assignee;
  const q = filters.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const number = filters.q && /^\d{1,9}$/.test(filters.q) ? Number(filters.q) : null;
  return [
    filters.status?.length ? inArray(workOrders.status, filters.status) : undefined,
    filters.pillar ? eq(workOrders.pillar, filters.pillar) : undefined,
    filters.areaId ? eq(workOrders.areaId, filters.areaId) : undefined,
    assignee ? eq(workOrders.assigneeUserId, assignee) : undefined,
    q
      ? or(
          ilike(workOrders.title, `%${q}%`),
          ilike(workOrders.contractor, `%${q}%`),
          number !== null ? eq(workOrders.number, number) : undefined,
        )
      : undefined,
  ];
}

/**
 * The work orders the actor may read that match the filters, newest number first. Scoped in
 * SQL: the organization and the read scope (or assigned to the actor) are part of the query.
 */
export async function selectSummaries(
  db: Tx,
  actor: Actor,
  filters: WorkOrderFilters,
  options: { id?: string; limit?: number; where?: SQL } = {},
): Promise<SummaryRow[]> {
  const query = db
    .select(summaryColumns(actor))
    .from(workOrders)
    .innerJoin(areas, sameRow(areas, workOrders.organizationId, workOrders.areaId))
    .leftJoin(buildings, sameRow(buildings, workOrders.organizationId, workOrders.buildingId))
    .leftJoin(entrances, sameRow(entrances, workOrders.organizationId, workOrders.entranceId))
    .leftJoin(users, eq(users.id, workOrders.assigneeUserId))
    .where(
      and(
        eq(workOrders.organizationId, actor.organizationId),
        readableCondition(actor),
        options.id ? eq(workOrders.id, options.id) : undefined,
        options.where,
        ...filterConditions(actor, filters),
      ),
    )
    .orderBy(desc(workOrders.number));
  return options.limit ? query.limit(options.limit) : query;
}
