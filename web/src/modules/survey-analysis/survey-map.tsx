import 'maplibre-gl/dist/maplibre-gl.css';
import { Alert } from '@mantine/core';
import {
  type GeoJSONSource,
  type GeoJSONSourceSpecification,
  type LayerSpecification,
  Map as MapLibreMap,
  NavigationControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showAreaLabels } from '../map/area-labels';
import { featureBounds } from '../map/map-style';
import type { MapFeatures } from '../places/places-api';
import { choroplethLayers, hatchImage, heatmapLayers } from './map-layers';

setWorkerUrl(workerUrl);

export type SurveyMapProps = {
  mode: 'choropleth' | 'heatmap';
  /** Area polygons (choropleth: with share properties) and, for the heat map, points. */
  data: { type: 'FeatureCollection'; features: unknown[] };
  label: string;
  height: number | string;
  baseStyleUrl?: string | null;
};

/**
 * Survey results on MapLibre with our own plain style (no tile server needed): a choropleth of
 * areas, or one area's heat map of places marked unsafe. Loaded lazily with maplibre-gl.
 */
export default function SurveyMap({ mode, data, label, height, baseStyleUrl }: SurveyMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const latest = useRef(data);
  latest.current = data;
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const layers = mode === 'choropleth' ? choroplethLayers : heatmapLayers;
    try {
      map.current = createMap(container.current, label, baseStyleUrl ?? null, layers, [
        t('map.zoomIn'),
        t('map.zoomOut'),
      ]);
      show(map.current, latest.current, mode);
    } catch {
      // No WebGL: the table or count beside the map carries the same content.
      setFailed(true);
    }
    return () => {
      map.current?.remove();
      map.current = null;
    };
  }, [mode, label, baseStyleUrl, t]);

  useEffect(() => {
    if (map.current) show(map.current, data, mode);
  }, [data, mode]);

  if (failed) return <Alert color="gray">{t('map.unavailable')}</Alert>;
  return <div ref={container} className="map-canvas" style={{ height }} data-testid="survey-map" />;
}

function show(instance: MapLibreMap, data: SurveyMapProps['data'], mode: SurveyMapProps['mode']): void {
  const apply = () => {
    (instance.getSource('survey') as GeoJSONSource | undefined)?.setData(data as never);
    if (mode === 'choropleth') showAreaLabels(instance, asLabelled(data));
    const bounds = featureBounds(data as MapFeatures);
    if (bounds) instance.fitBounds(bounds, { padding: 30, maxZoom: 17, animate: false });
  };
  if (instance.isStyleLoaded()) apply();
  else instance.once('load', apply);
}

function createMap(
  element: HTMLDivElement,
  label: string,
  baseStyleUrl: string | null,
  layers: LayerSpecification[],
  [zoomIn, zoomOut]: [string, string],
): MapLibreMap {
  const source: GeoJSONSourceSpecification = {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  };
  const style: StyleSpecification = {
    version: 8,
    sources: { survey: source },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }, ...layers],
  };
  const instance = new MapLibreMap({
    container: element,
    style: baseStyleUrl ?? style,
    center: [15, 62],
    zoom: 4,
    attributionControl: false,
    locale: { 'Map.Title': label, 'NavigationControl.ZoomIn': zoomIn, 'NavigationControl.ZoomOut': zoomOut },
  });
  // The hatch must exist before a layer asks for it; a base style needs our source and layers added.
  instance.addImage('hatch', hatchImage());
  if (baseStyleUrl) {
    instance.once('load', () => {
      instance.addSource('survey', source);
      for (const layer of layers) instance.addLayer(layer);
    });
  }
  instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  return instance;
}

/** Area names as the shared HTML labels (hidden from screen readers: the table has them). */
function asLabelled(data: SurveyMapProps['data']): MapFeatures {
  const features = data.features as { geometry: unknown; properties: { areaId: string; name: string } }[];
  return {
    type: 'FeatureCollection',
    features: features.map((feature) => ({
      type: 'Feature',
      id: feature.properties.areaId,
      geometry: feature.geometry as MapFeatures['features'][number]['geometry'],
      properties: { kind: 'area', id: feature.properties.areaId, label: feature.properties.name },
    })),
  };
}
