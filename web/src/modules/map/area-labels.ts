import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { MapFeatures } from '../places/places-api';

const shown = new WeakMap<MapLibreMap, Marker[]>();

/** The middle of a polygon's outer ring's bounding box: good enough for a label on a compact area. */
function labelPoint(geometry: unknown): [number, number] | null {
  const g = geometry as { type?: string; coordinates?: unknown };
  const ring =
    g.type === 'Polygon'
      ? (g.coordinates as number[][][])[0]
      : g.type === 'MultiPolygon'
        ? (g.coordinates as number[][][][])[0]?.[0]
        : null;
  if (!ring?.length) return null;
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/**
 * Area names drawn as HTML markers: there is no glyph server for MapLibre text layers. They are
 * hidden from screen readers because the list beside the map carries the same names.
 */
export function showAreaLabels(instance: MapLibreMap, features: MapFeatures): void {
  for (const marker of shown.get(instance) ?? []) marker.remove();
  const markers: Marker[] = [];
  for (const feature of features.features) {
    if (feature.properties.kind !== 'area') continue;
    const point = labelPoint(feature.geometry);
    if (!point) continue;
    const element = document.createElement('div');
    element.className = 'map-area-label';
    element.textContent = feature.properties.label;
    element.setAttribute('aria-hidden', 'true');
    markers.push(new Marker({ element }).setLngLat(point).addTo(instance));
  }
  shown.set(instance, markers);
}
