/** GeoJSON geometry types Trygg stores for areas (WGS84 longitude/latitude). */
export type Position = [number, number];
export type Polygon = { type: 'Polygon'; coordinates: Position[][] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: Position[][][] };
export type AreaGeometry = Polygon | MultiPolygon;

export type BoundingBox = { minLon: number; minLat: number; maxLon: number; maxLat: number };

/** The bounding box of a polygon or multipolygon. */
export function boundingBox(geometry: AreaGeometry): BoundingBox {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const [lon, lat] of rings.flat()) {
    box.minLon = Math.min(box.minLon, lon);
    box.minLat = Math.min(box.minLat, lat);
    box.maxLon = Math.max(box.maxLon, lon);
    box.maxLat = Math.max(box.maxLat, lat);
  }
  return box;
}
