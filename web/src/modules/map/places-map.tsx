import 'maplibre-gl/dist/maplibre-gl.css';
import { Alert } from '@mantine/core';
import { type GeoJSONSource, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapFeatures } from '../places/places-api';
import { showAreaLabels } from './area-labels';
import { clickableLayers, featureBounds, placesLayers, placesSource, placesStyle } from './map-style';

// MapLibre looks for its worker next to its own module, which bundling moves; point it at the
// worker file Vite emits. Served from our origin, it satisfies CSP worker-src 'self'.
setWorkerUrl(workerUrl);

export type MapFeatureRef = MapFeatures['features'][number]['properties'];
export type PlacesMapProps = {
  features: MapFeatures | undefined;
  /** The accessible name of the map canvas. */
  label: string;
  height: number | string;
  /** A MapLibre style to draw underneath our layers (MAP_STYLE_URL); none by default. */
  baseStyleUrl?: string | null;
  onSelect?: (feature: MapFeatureRef) => void;
};

/** MapLibre with our own style; loaded lazily so pages without a map do not carry it. */
export default function PlacesMap({ features, label, height, baseStyleUrl, onSelect }: PlacesMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const latest = useRef(features);
  latest.current = features;
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    try {
      map.current = createMap(
        container.current,
        label,
        baseStyleUrl ?? null,
        [t('map.zoomIn'), t('map.zoomOut')],
        (feature) => select.current?.(feature),
      );
      showFeatures(map.current, latest.current);
    } catch {
      // No WebGL (old browser, locked-down device): the list beside the map carries the content.
      setFailed(true);
    }
    return () => {
      map.current?.remove();
      map.current = null;
    };
  }, [label, baseStyleUrl, t]);

  useEffect(() => {
    if (map.current) showFeatures(map.current, features);
  }, [features]);

  if (failed) return <Alert color="gray">{t('map.unavailable')}</Alert>;
  return <div ref={container} className="map-canvas" style={{ height }} data-testid="places-map" />;
}

function showFeatures(instance: MapLibreMap, features: MapFeatures | undefined): void {
  if (!features) return;
  const show = () => {
    (instance.getSource('places') as GeoJSONSource | undefined)?.setData(features);
    showAreaLabels(instance, features);
    const bounds = featureBounds(features);
    if (bounds) instance.fitBounds(bounds, { padding: 40, maxZoom: 17, animate: false });
  };
  if (instance.isStyleLoaded()) show();
  else instance.once('load', show);
}

function createMap(
  element: HTMLDivElement,
  label: string,
  baseStyleUrl: string | null,
  [zoomIn, zoomOut]: [string, string],
  onSelect: (feature: MapFeatureRef) => void,
): MapLibreMap {
  const instance = new MapLibreMap({
    container: element,
    style: baseStyleUrl ?? placesStyle(),
    center: [15, 62],
    zoom: 4,
    attributionControl: false,
    locale: { 'Map.Title': label, 'NavigationControl.ZoomIn': zoomIn, 'NavigationControl.ZoomOut': zoomOut },
  });
  if (baseStyleUrl) {
    instance.once('load', () => {
      instance.addSource('places', placesSource);
      for (const layer of placesLayers) instance.addLayer(layer);
    });
  }
  instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  for (const layer of clickableLayers) {
    instance.on('click', layer, (event) => {
      const properties = event.features?.[0]?.properties as MapFeatureRef | undefined;
      if (properties) onSelect(properties);
    });
    instance.on('mouseenter', layer, () => {
      instance.getCanvas().style.cursor = 'pointer';
    });
    instance.on('mouseleave', layer, () => {
      instance.getCanvas().style.cursor = '';
    });
  }
  return instance;
}
