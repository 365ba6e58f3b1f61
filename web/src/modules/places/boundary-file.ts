import type { AreaGeometry } from '../../../../common/geo';

type GeoJsonLike = { type?: unknown; geometry?: unknown; features?: unknown; coordinates?: unknown };

/**
 * The area boundary in a GeoJSON file: a Polygon or MultiPolygon given bare, as a Feature, or as
 * the first feature of a FeatureCollection. Null when there is none; the server checks the rest
 * (closed rings, WGS84 ranges) and names what is wrong.
 */
export function readBoundary(text: string): AreaGeometry | null {
  let value: GeoJsonLike;
  try {
    value = JSON.parse(text) as GeoJsonLike;
  } catch {
    return null;
  }
  if (value?.type === 'FeatureCollection' && Array.isArray(value.features)) value = value.features[0] ?? {};
  if (value?.type === 'Feature') value = (value.geometry ?? {}) as GeoJsonLike;
  const isPolygon = value?.type === 'Polygon' || value?.type === 'MultiPolygon';
  return isPolygon && Array.isArray(value.coordinates) ? (value as AreaGeometry) : null;
}
