import proj4 from 'proj4';
import type { Position } from '../../../common/geo';

/** Coordinate systems accepted on import. Trygg stores WGS84 longitude/latitude only. */
export type Crs = 'EPSG:4326' | 'EPSG:3006';

proj4.defs('EPSG:3006', '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs');
const fromSweref = proj4('EPSG:3006', 'EPSG:4326');

/**
 * The extent of SWEREF 99 TM around Sweden, with a margin. Coordinates outside it are almost
 * certainly a mix-up (swapped axes, another grid) rather than a real place.
 */
const swerefExtent = { minE: 100_000, maxE: 1_100_000, minN: 6_000_000, maxN: 7_800_000 };

export function isLonLat([x, y]: Position): boolean {
  return x >= -180 && x <= 180 && y >= -90 && y <= 90;
}

export function isSweref([x, y]: Position): boolean {
  return x >= swerefExtent.minE && x <= swerefExtent.maxE && y >= swerefExtent.minN && y <= swerefExtent.maxN;
}

/** Is this position valid in the given system? */
export function inRange(position: Position, crs: Crs): boolean {
  return crs === 'EPSG:4326' ? isLonLat(position) : isSweref(position);
}

/** Converts a position in the given system to WGS84 [lon, lat], rounded to about 1 cm. */
export function toWgs84(position: Position, crs: Crs): Position {
  if (crs === 'EPSG:4326') return position;
  const [lon, lat] = fromSweref.forward([position[0], position[1]]);
  return [round(lon), round(lat)];
}

const round = (value: number) => Math.round(value * 1e7) / 1e7;

/**
 * The system named by a GeoJSON `crs` member (GeoJSON 2008 style), e.g. "EPSG:3006",
 * "urn:ogc:def:crs:EPSG::3006" or "http://www.opengis.net/def/crs/EPSG/0/3006"; null if unsupported.
 */
export function crsFromName(name: string): Crs | null {
  const normalized = name.trim().toUpperCase();
  if (/CRS:?84$/.test(normalized)) return 'EPSG:4326';
  const code = /EPSG(?::{1,2}|\/\d+\/)(\d+)$/.exec(normalized)?.[1];
  if (code === '3006') return 'EPSG:3006';
  if (code === '4326') return 'EPSG:4326';
  return null;
}

/** Human name of a system, for messages. */
export const crsLabel = (crs: Crs) => (crs === 'EPSG:4326' ? 'WGS84' : 'SWEREF 99 TM');
