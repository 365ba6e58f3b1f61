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
  /** Outlines from the organization's public areas (the report), or given (a survey's area). */
  org?: string;
  areas?: FeatureCollection;
  bounds: [number, number, number, number] | null;
  onPin(pin: Position): void;
  /** Several marked places (the survey), drawn numbered; each tap asks for one more. Without
   * it there is one pin, moved by each tap (the report). */
  pins?: Position[];
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

/** The outlines, given or fetched, drawn and labelled once the map has loaded. */
async function showAreas(map: MapLibreMap, org?: string, areas?: FeatureCollection) {
  const data: { features?: AreaFeature[] } | null = areas
    ? areas
    : org
      ? await fetch(publicApi.areasUrl(org)).then((response) => (response.ok ? response.json() : null))
      : null;
  if (!data?.features) return;
  (map.getSource('areas') as GeoJSONSource).setData(data as FeatureCollection);
  labelAreas(map, data.features);
}

/** Numbered markers for several places, so the list beside the map can name them. */
function usePinMarkers(mapRef: { current: MapLibreMap | null }, pins?: Position[]) {
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !pins) return;
    const markers = pins.map((pin, index) => {
      const element = document.createElement('span');
      element.className = 'map-pin';
      element.textContent = String(index + 1);
      return new Marker({ element }).setLngLat([pin.lon, pin.lat]).addTo(map);
    });
    return () => {
      for (const marker of markers) marker.remove();
    };
  }, [mapRef, pins]);
}

export function PinMap({ org, areas, bounds, onPin, pins }: PinMapProps) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const pinRef = useRef<Marker | null>(null);
  // The map's click handler is bound once; it calls the latest onPin, not the first render's.
  const onPinRef = useRef(onPin);
  onPinRef.current = onPin;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is made once per opening.
  useEffect(() => {
    if (!container.current) return;
    const map = new MapLibreMap({ container: container.current, style, center: [18.06, 59.33], zoom: 11 });
    mapRef.current = map;
    if (bounds) map.fitBounds(bounds, { padding: 24, duration: 0 });
    map.on('click', (event: MapMouseEvent) => place(event.lngLat.lng, event.lngLat.lat));
    map.on('load', () => void showAreas(map, org, areas).catch(() => undefined));
    return () => map.remove();
  }, []);
  usePinMarkers(mapRef, pins);

  function place(lon: number, lat: number) {
    const map = mapRef.current;
    if (!map) return;
    if (!pins) {
      pinRef.current ??= new Marker({ color: '#b10e1e' });
      pinRef.current.setLngLat([lon, lat]).addTo(map);
    }
    onPinRef.current({ lon, lat });
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
