import { and, desc, eq, gte, inArray, lt, notInArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Open311Request, Open311RequestsQuery } from '../../../common/contracts/open311';
import { closedReportStatuses, type TenantLocale } from '../../../common/reporting';
import type { Db } from '../../db/client';
import { reportCategories, reports } from '../../db/schema';
import { dateRange } from './date-range';
import type { Jurisdiction } from './jurisdiction';
import { Open311Error } from './open311-error';
import { presentRequest } from './presenter';
import type { Reader } from './reader-disclosure';
import { requestRows } from './request-rows';

/** The specification's response volume: the first 1000 requests. */
const maxRequests = 1000;
const uuid = z.uuid();

const listOf = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

function statusFilter(value: string | undefined): SQL | undefined {
  const statuses = new Set(listOf(value));
  for (const status of statuses) {
    if (status !== 'open' && status !== 'closed') throw new Open311Error(400, 'invalidStatus', 'status');
  }
  if (statuses.size !== 1) return undefined;
  const closed = [...closedReportStatuses];
  return statuses.has('open') ? notInArray(reports.status, closed) : inArray(reports.status, closed);
}

/** service_request_id "overrides all other arguments" (the specification). */
function filters(query: Open311RequestsQuery): SQL | undefined {
  const ids = listOf(query.service_request_id);
  if (ids.length) {
    if (ids.length > maxRequests || ids.some((id) => !uuid.safeParse(id).success)) {
      throw new Open311Error(400, 'notAnId', 'service_request_id');
    }
    return inArray(reports.id, ids);
  }
  const codes = listOf(query.service_code);
  const { start, end } = dateRange(query.start_date, query.end_date);
  return and(
    gte(reports.createdAt, start),
    lt(reports.createdAt, end),
    codes.length ? inArray(reportCategories.key, codes) : undefined,
    statusFilter(query.status),
  );
}

type ReadOptions = { locale: TenantLocale; extensions: boolean; reader: Reader };

export async function listRequests(
  db: Db,
  jurisdiction: Jurisdiction,
  query: Open311RequestsQuery,
  options: ReadOptions,
): Promise<Open311Request[]> {
  const rows = await requestRows(db, jurisdiction.id, filters(query), maxRequests).orderBy(
    desc(reports.createdAt),
  );
  return rows.map((row) => presentRequest(row, jurisdiction, options));
}

/** One request by id; unknown, restricted or another organization's: 404 alike. */
export async function getRequest(
  db: Db,
  jurisdiction: Jurisdiction,
  id: string,
  options: ReadOptions,
): Promise<Open311Request[]> {
  if (!uuid.safeParse(id).success) throw new Open311Error(404, 'requestNotFound', 'service_request_id');
  const [row] = await requestRows(db, jurisdiction.id, eq(reports.id, id), 1);
  if (!row) throw new Open311Error(404, 'requestNotFound', 'service_request_id');
  return [presentRequest(row, jurisdiction, options)];
}
