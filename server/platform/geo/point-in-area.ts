import type { AreaGeometry, Position } from '../../../common/geo';

/** Ray casting: is the point inside this closed ring (boundary cases may go either way)? */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
function inPolygon(point: Position, rings: Position[][]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !inRing(point, outer)) return false;
  return !holes.some((hole) => inRing(point, hole));
}

/**
 * Whether a WGS84 point lies in an area's Polygon or MultiPolygon. Areas are a few hundred
 * metres across, so treating degrees as a plane is accurate enough; PostGIS is not needed.
 */
export function pointInArea(point: Position, geometry: AreaGeometry): boolean {
  if (geometry.type === 'Polygon') return inPolygon(point, geometry.coordinates);
  return geometry.coordinates.some((polygon) => inPolygon(point, polygon));
}
