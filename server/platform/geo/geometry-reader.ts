import type { AreaGeometry, Position } from '../../../common/geo';
import { type Crs, crsLabel, inRange, isLonLat, isSweref, toWgs84 } from './crs';
import { IssueList } from './import-error';
import type { ImportMessageKey, Translate } from './import-messages';

/** What the reader needs: the declared system (if any), where to report, and the language. */
export type GeometryContext = { crs: Crs | undefined; issues: IssueList; t: Translate; line?: number };

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Reads a GeoJSON Polygon or MultiPolygon, checks it and converts it to WGS84; null when bad. */
export function readAreaGeometry(value: unknown, path: string, ctx: GeometryContext): AreaGeometry | null {
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  const coordinates = (value as { coordinates?: unknown } | null)?.coordinates;
  if (type === 'Polygon') {
    const polygon = readPolygon(coordinates, `${path}.coordinates`, ctx);
    return polygon && { type: 'Polygon', coordinates: polygon };
  }
  if (type === 'MultiPolygon') {
    if (!isArray(coordinates) || coordinates.length === 0)
      return report(ctx, `${path}.coordinates`, 'geometryShape');
    const polygons = coordinates.map((p, i) => readPolygon(p, `${path}.coordinates[${i}]`, ctx));
    if (polygons.some((p) => p === null)) return null;
    return { type: 'MultiPolygon', coordinates: polygons as Position[][][] };
  }
  const shown = value === null || value === undefined ? 'null' : String(type ?? typeof value);
  ctx.issues.add({ line: ctx.line, path: `${path}.type`, message: ctx.t('geometryType', { type: shown }) });
  return null;
}

function readPolygon(value: unknown, path: string, ctx: GeometryContext): Position[][] | null {
  if (!isArray(value) || value.length === 0) return report(ctx, path, 'geometryShape');
  const rings = value.map((ring, i) => readRing(ring, `${path}[${i}]`, ctx));
  return rings.some((ring) => ring === null) ? null : (rings as Position[][]);
}

function readRing(value: unknown, path: string, ctx: GeometryContext): Position[] | null {
  if (!isArray(value)) return report(ctx, path, 'geometryShape');
  if (value.length < 4) return report(ctx, path, 'ringTooShort');
  const positions: Position[] = [];
  for (const [i, item] of value.entries()) {
    const position = readPosition(item, `${path}[${i}]`, ctx);
    if (!position) return null;
    positions.push(position);
  }
  const [first, last] = [positions[0], positions[positions.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) return report(ctx, path, 'ringNotClosed');
  return positions.map((position) => toWgs84(position, ctx.crs ?? 'EPSG:4326'));
}

function readPosition(value: unknown, path: string, ctx: GeometryContext): Position | null {
  // A third number (altitude) is allowed by GeoJSON; Trygg keeps only the plane.
  if (!isArray(value) || value.length < 2 || value.length > 3 || !value.every(isNumber)) {
    return report(ctx, path, 'position');
  }
  const position: Position = [value[0], value[1]];
  return checkPosition(position, path, ctx) ? position : null;
}

/** Is the position inside the declared system? Without one, SWEREF-looking input is refused, not guessed. */
export function checkPosition(position: Position, path: string, ctx: GeometryContext): boolean {
  if (ctx.crs && inRange(position, ctx.crs)) return true;
  if (!ctx.crs && isLonLat(position)) return true;
  const key = !ctx.crs && isSweref(position) ? 'looksLikeSweref' : 'outOfRange';
  const crs = crsLabel(ctx.crs ?? 'EPSG:4326');
  ctx.issues.add({ line: ctx.line, path, message: ctx.t(key, { value: `[${position.join(', ')}]`, crs }) });
  return false;
}

function report(ctx: GeometryContext, path: string, key: ImportMessageKey): null {
  ctx.issues.add({ line: ctx.line, path, message: ctx.t(key) });
  return null;
}

/** Problems of a WGS84 area geometry sent by the API (rings must be closed, etc.), as field issues. */
export function geometryIssues(geometry: AreaGeometry, path: string, t: Translate) {
  const issues = new IssueList();
  readAreaGeometry(geometry, path, { crs: 'EPSG:4326', issues, t });
  return issues.items;
}
