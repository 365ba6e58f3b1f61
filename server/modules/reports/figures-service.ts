import { and, gte, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { reportFigures, reportFiguresQuery } from '../../../common/contracts/reports';
import { sameRow } from '../../db/same-row';
import { areas, reportCategories, reports } from '../../db/schema';
import { visibleReports } from './access';
import type { ReportContext } from './context';
import { filterConditions } from './filters';
import { ensureAnyOf } from './settings-access';

type Query = z.infer<typeof reportFiguresQuery>;

/**
 * Months begin and end in Swedish time, as the people reading the figures count them. A literal,
 * not a parameter: the month expression must read the same in SELECT and GROUP BY.
 */
const zone = sql.raw(`'Europe/Stockholm'`);
const hoursBetween = (from: unknown, to: unknown) => sql`extract(epoch from (${to} - ${from})) / 3600.0`;
const isDone = sql`${reports.status} = 'done'`;

function period(query: Query) {
  const to = query.to ? new Date(`${query.to}T00:00:00Z`) : new Date();
  const from = query.from
    ? new Date(`${query.from}T00:00:00Z`)
    : new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), 1));
  // `to` is inclusive: reports of that whole day count.
  return { from, until: new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate() + 1)) };
}

const month = sql<string>`to_char(date_trunc('month', ${reports.createdAt} at time zone ${zone}), 'YYYY-MM')`;
const median = (hours: ReturnType<typeof hoursBetween>, where: ReturnType<typeof sql>) =>
  sql<number | null>`percentile_cont(0.5) within group (order by ${hours}) filter (where ${where})`;

const figureColumns = {
  areaId: reports.areaId,
  areaName: areas.name,
  month,
  reportsIn: sql<number>`count(*)::int`,
  medianHoursToFirstResponse: median(
    hoursBetween(reports.createdAt, reports.firstResponseAt),
    sql`${reports.firstResponseAt} is not null`,
  ),
  medianHoursToDone: median(hoursBetween(reports.createdAt, reports.closedAt), isDone),
  done: sql<number>`(count(*) filter (where ${isDone}))::int`,
  doneWithinTarget: sql<number>`(count(*) filter (where ${isDone} and ${reports.closedAt} <=
    ${reports.createdAt} + make_interval(days => ${reportCategories.targetDays})))::int`,
};
type FigureRow = {
  areaId: string | null;
  areaName: string | null;
  month: string;
  reportsIn: number;
  medianHoursToFirstResponse: number | null;
  medianHoursToDone: number | null;
  done: number;
  doneWithinTarget: number;
};

const hours = (value: number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

function presentFigures(r: FigureRow) {
  const done = Number(r.done);
  return {
    ...r,
    reportsIn: Number(r.reportsIn),
    done,
    doneWithinTarget: Number(r.doneWithinTarget),
    medianHoursToFirstResponse: hours(r.medianHoursToFirstResponse),
    medianHoursToDone: hours(r.medianHoursToDone),
    shareDoneWithinTarget: done === 0 ? null : Number(r.doneWithinTarget) / done,
  };
}

/**
 * Per area and month of arrival: reports in, median hours to the first response and to done,
 * and how many were done within their category's target time.
 */
export async function reportFiguresOf(
  ctx: ReportContext,
  query: Query,
): Promise<z.infer<typeof reportFigures>> {
  ensureAnyOf(ctx.actor, ['report.figures']);
  const { from, until } = period(query);
  const rows = await ctx.db
    .select(figureColumns)
    .from(reports)
    .innerJoin(reportCategories, sameRow(reportCategories, reports.organizationId, reports.categoryId))
    .leftJoin(areas, sameRow(areas, reports.organizationId, reports.areaId))
    .where(
      and(
        visibleReports(ctx.actor, 'report.figures'),
        filterConditions({ areaId: query.areaId }),
        gte(reports.createdAt, from),
        lt(reports.createdAt, until),
      ),
    )
    .groupBy(reports.areaId, areas.name, month)
    .orderBy(month, areas.name);
  return { rows: rows.map(presentFigures) };
}
