import { and, between, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { reportMap, reportMapQuery } from '../../../common/contracts/reports';
import type { Tx } from '../../db/client';
import { reports } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { visibleReports } from './access';
import type { ReportContext } from './context';
import { filterConditions } from './filters';
import { reportMessage } from './messages';

type MapQuery = z.infer<typeof reportMapQuery>;
type Cluster = z.infer<typeof reportMap>['clusters'][number];

/** At most this many cells across the viewport each way, so no screen gets more than ~1,700 points. */
const maxCellsAcross = 40;
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * A cell is a quarter of a map tile at this zoom (about 64 px), or larger when the viewport is
 * very wide, which bounds the payload whatever the client asks.
 */
export function cellSize(bbox: MapQuery['bbox'], zoom: number): number {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  return Math.max(
    360 / 2 ** zoom / 4,
    Math.abs(maxLon - minLon) / maxCellsAcross,
    Math.abs(maxLat - minLat) / maxCellsAcross,
    1e-7,
  );
}

function inViewport(ctx: ReportContext, query: MapQuery): SQL {
  const [minLon, minLat, maxLon, maxLat] = query.bbox;
  const { bbox: _bbox, zoom: _zoom, ...filters } = query;
  return and(
    visibleReports(ctx.actor),
    filterConditions(filters),
    isNotNull(reports.lon),
    between(reports.lon, Math.min(minLon, maxLon), Math.max(minLon, maxLon)),
    between(reports.lat, Math.min(minLat, maxLat), Math.max(minLat, maxLat)),
  ) as SQL;
}

/** A float8[] literal: JavaScript prints the shortest text that reads back as the same double. */
const floatArray = (values: number[]) => `{${values.join(',')}}`;

/**
 * The ids of the clusters of one report. Not aggregated with the grid: casting every id in the
 * viewport to find the few lone ones cost a third of the query. A lone report's cell has
 * min = max, so its exact position finds it again through the position index.
 */
async function loneReportIds(db: Tx, where: SQL, lone: Cluster[]): Promise<Map<string, string>> {
  if (lone.length === 0) return new Map();
  const rows = await db
    .select({ id: reports.id, lon: reports.lon, lat: reports.lat })
    .from(reports)
    .where(
      and(
        where,
        sql`(${reports.lon}, ${reports.lat}) in (select * from unnest(
          ${floatArray(lone.map((c) => c.bbox[0]))}::float8[], ${floatArray(lone.map((c) => c.bbox[1]))}::float8[]))`,
      ),
    );
  return new Map(rows.map((r) => [`${r.lon},${r.lat}`, r.id]));
}

/**
 * The reports in the viewport clustered on a grid in SQL: one row per occupied cell, so 100,000
 * reports cost one range scan of (organization_id, lon, lat) and an aggregate, and the answer
 * never grows with the number of reports.
 */
export async function reportsMap(ctx: ReportContext, query: MapQuery): Promise<z.infer<typeof reportMap>> {
  const size = cellSize(query.bbox, query.zoom);
  // The size goes into the SQL as text (sql.raw): only a finite number may get there.
  if (!Number.isFinite(size)) {
    throw new AppError('validation_failed', [{ path: 'bbox', message: reportMessage(ctx.locale, 'bbox') }]);
  }
  const cell = sql.raw(`${size}::float8`);
  const where = inViewport(ctx, query);
  const rows = await ctx.db
    .select({
      count: sql<number>`count(*)::int`,
      lon: sql<number>`avg(${reports.lon})`,
      lat: sql<number>`avg(${reports.lat})`,
      minLon: sql<number>`min(${reports.lon})`,
      minLat: sql<number>`min(${reports.lat})`,
      maxLon: sql<number>`max(${reports.lon})`,
      maxLat: sql<number>`max(${reports.lat})`,
    })
    .from(reports)
    .where(where)
    .groupBy(sql`floor(${reports.lon} / ${cell})`, sql`floor(${reports.lat} / ${cell})`);
  const clusters: Cluster[] = rows.map((r) => ({
    lon: round(Number(r.lon)),
    lat: round(Number(r.lat)),
    count: Number(r.count),
    reportId: null,
    bbox: [Number(r.minLon), Number(r.minLat), Number(r.maxLon), Number(r.maxLat)],
  }));
  const lone = clusters.filter((c) => c.count === 1);
  const ids = await loneReportIds(ctx.db, where, lone);
  for (const c of lone) c.reportId = ids.get(`${c.bbox[0]},${c.bbox[1]}`) ?? null;
  return { clusters, total: clusters.reduce((sum, c) => sum + c.count, 0) };
}
