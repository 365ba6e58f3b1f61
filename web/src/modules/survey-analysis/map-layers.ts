import type { LayerSpecification } from 'maplibre-gl';

/** The share steps of the choropleth (lower bound in 0–1) and their colours (ColorBrewer Blues). */
export const shareSteps = [
  { from: 0, color: '#eff3ff' },
  { from: 0.5, color: '#bdd7e7' },
  { from: 0.6, color: '#6baed6' },
  { from: 0.7, color: '#3182bd' },
  { from: 0.8, color: '#08519c' },
] as const;

export const suppressedColor = '#ced4da';

/** Areas filled by share in steps; suppressed (or unanswered) areas grey and hatched. */
export const choroplethLayers: LayerSpecification[] = [
  {
    id: 'share-fill',
    type: 'fill',
    source: 'survey',
    filter: ['!=', ['get', 'share'], null],
    paint: {
      'fill-color': [
        'step',
        ['get', 'share'],
        shareSteps[0].color,
        ...shareSteps.slice(1).flatMap((step) => [step.from, step.color]),
      ] as unknown as string,
      'fill-opacity': 0.85,
    },
  },
  {
    id: 'hidden-fill',
    type: 'fill',
    source: 'survey',
    filter: ['==', ['get', 'share'], null],
    paint: { 'fill-color': suppressedColor, 'fill-opacity': 0.8 },
  },
  {
    id: 'hidden-hatch',
    type: 'fill',
    source: 'survey',
    filter: ['==', ['get', 'share'], null],
    paint: { 'fill-pattern': 'hatch' },
  },
  {
    id: 'area-outline',
    type: 'line',
    source: 'survey',
    paint: { 'line-color': '#1a1b1e', 'line-width': 1.5 },
  },
];

/** The area's outline with the marked places as a heat map above it. */
export const heatmapLayers: LayerSpecification[] = [
  {
    id: 'area-fill',
    type: 'fill',
    source: 'survey',
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'fill-color': '#4dabf7', 'fill-opacity': 0.12 },
  },
  {
    id: 'area-outline',
    type: 'line',
    source: 'survey',
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'line-color': '#1864ab', 'line-width': 2 },
  },
  {
    id: 'heat',
    type: 'heatmap',
    source: 'survey',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 12, 12, 17, 40],
      'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 12, 1, 17, 3],
      'heatmap-opacity': 0.85,
    },
  },
];

/** A 16×16 diagonal hatch (dark lines on transparent) for suppressed areas. */
export function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 16;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % 8 > 1) continue;
      const at = (y * size + x) * 4;
      data.set([73, 80, 87, 255], at);
    }
  }
  return { width: size, height: size, data };
}
