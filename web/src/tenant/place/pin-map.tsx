/** @jsxImportSource preact */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import {
  type GeoJSONSource,
  Map as MapLibreMap,
  type MapMouseEvent,
  Marker,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'preact/hooks';
import { publicApi } from '../api';
import type { Position } from '../form/draft';
import { useI18n } from '../i18n/i18n-context';

// MapLibre looks for its worker next to its own module, which bundling moves (as in the staff map).
setWorkerUrl(workerUrl);

export type PinMapProps = {
  org: string;
  bounds: [number, number, number, number] | null;
  onPin(pin: Position): void;
};

// No base map by default (no tile or glyph server): the organization's areas on a plain
// background, outlined strongly enough to read on a small, bright screen.
const style: StyleSpecification = {
  version: 8,
  sources: { areas: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
    {
      id: 'area-fill',
      type: 'fill',
      source: 'areas',
      paint: { 'fill-color': '#4dabf7', 'fill-opacity': 0.3 },
    },
    { id: 'area-line', type: 'line', source: 'areas', paint: { 'line-color': '#0b4f8a', 'line-width': 3 } },
  ],
};

type AreaFeature = { properties?: { name?: string } | null; geometry?: { coordinates?: unknown } | null };

/** Area names as HTML markers in the middle of each area's outline (no glyphs for text layers). */
function labelAreas(map: MapLibreMap, features: AreaFeature[]) {
  for (const feature of features) {
    const points = (
      JSON.stringify(feature.geometry?.coordinates ?? []).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g) ?? []
    ).map((pair) => pair.split(',').map(Number));
    const name = feature.properties?.name;
    if (!name || points.length === 0) continue;
    const lon = points.reduce((sum, [x]) => sum + x, 0) / points.length;
    const lat = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
    const element = document.createElement('span');
    element.className = 'area-label';
    element.textContent = name;
    new Marker({ element }).setLngLat([lon, lat]).addTo(map);
  }
}

export function PinMap({ org, bounds, onPin }: PinMapProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const pinRef = useRef<Marker | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is made once per opening.
  useEffect(() => {
    if (!container.current) return;
    const map = new MapLibreMap({ container: container.current, style, center: [18.06, 59.33], zoom: 11 });
    mapRef.current = map;
    if (bounds) map.fitBounds(bounds, { padding: 24, duration: 0 });
    map.on('click', (event: MapMouseEvent) => place(event.lngLat.lng, event.lngLat.lat));
    map.on('load', () => {
      void fetch(publicApi.areasUrl(org))
        .then((response) => (response.ok ? response.json() : null))
        .then((data: { features?: AreaFeature[] } | null) => {
          if (!data?.features) return;
          (map.getSource('areas') as GeoJSONSource).setData(data as FeatureCollection);
          labelAreas(map, data.features);
        })
        .catch(() => undefined);
    });
    return () => map.remove();
  }, []);

  function place(lon: number, lat: number) {
    const map = mapRef.current;
    if (!map) return;
    pinRef.current ??= new Marker({ color: '#b10e1e' });
    pinRef.current.setLngLat([lon, lat]).addTo(map);
    onPin({ lon, lat });
  }

  return (
    <div class="map-box">
      <p class="hint" id="map-help">
        {t('mapHelp')}
      </p>
      <div
        class="pin-map"
        ref={container}
        role="application"
        aria-label={t('chooseOnMap')}
        aria-describedby="map-help"
      />
      <button
        type="button"
        class="secondary"
        onClick={() => {
          const centre = mapRef.current?.getCenter();
          if (centre) place(centre.lng, centre.lat);
        }}
      >
        {t('pinAtCentre')}
      </button>
    </div>
  );
}
