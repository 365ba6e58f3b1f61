import type { LayerSpecification, LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import type { MapFeatures } from '../places/places-api';

const emptyCollection: MapFeatures = { type: 'FeatureCollection', features: [] };

/**
 * Our own style: a plain background and our GeoJSON. There is no tile or glyph server by
 * default, so there are no symbol (text) layers; area names are HTML markers (area-labels.ts).
 */
export function placesStyle(): StyleSpecification {
  return {
    version: 8,
    sources: { places: placesSource },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      ...placesLayers,
    ],
  };
}

export const placesSource = { type: 'geojson', data: emptyCollection } as const;

/** Our layers: drawn on our own background, or on top of a configured base map (MAP_STYLE_URL). */
export const placesLayers: LayerSpecification[] = [
  {
    id: 'area-fill',
    type: 'fill',
    source: 'places',
    filter: ['==', ['get', 'kind'], 'area'],
    paint: { 'fill-color': '#4dabf7', 'fill-opacity': 0.25 },
  },
  {
    id: 'area-line',
    type: 'line',
    source: 'places',
    filter: ['==', ['get', 'kind'], 'area'],
    paint: { 'line-color': '#1864ab', 'line-width': 2 },
  },
  {
    id: 'building',
    type: 'circle',
    source: 'places',
    filter: ['==', ['get', 'kind'], 'building'],
    paint: {
      'circle-color': '#343a40',
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3, 16, 8],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: 'entrance',
    type: 'circle',
    source: 'places',
    filter: ['==', ['get', 'kind'], 'entrance'],
    minzoom: 13,
    paint: {
      'circle-color': '#e8590c',
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 2, 18, 6],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  },
];

export const clickableLayers = ['area-fill', 'building', 'entrance'];

/** The bounding box of every coordinate in the collection, or null when it is empty. */
export function featureBounds(features: MapFeatures | undefined): LngLatBoundsLike | null {
  let bounds: [number, number, number, number] | null = null;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      const [lon, lat] = value as [number, number];
      bounds = bounds
        ? [
            Math.min(bounds[0], lon),
            Math.min(bounds[1], lat),
            Math.max(bounds[2], lon),
            Math.max(bounds[3], lat),
          ]
        : [lon, lat, lon, lat];
      return;
    }
    for (const item of value) visit(item);
  };
  for (const feature of features?.features ?? []) {
    visit((feature.geometry as { coordinates?: unknown } | null)?.coordinates);
  }
  return bounds;
}
