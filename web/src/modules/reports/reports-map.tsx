import 'maplibre-gl/dist/maplibre-gl.css';
import { Alert } from '@mantine/core';
import { type GeoJSONSource, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showAreaLabels } from '../map/area-labels';
import { featureBounds, placesStyle } from '../map/map-style';
import type { MapFeatures } from '../places/places-api';
import { showClusters } from './cluster-markers';
import type { ReportMap } from './reports-map-types';

setWorkerUrl(workerUrl);

export type Viewport = { bbox: [number, number, number, number]; zoom: number };
export type ReportsMapProps = {
  areas: MapFeatures | undefined;
  clusters: ReportMap | undefined;
  label: string;
  onViewport: (viewport: Viewport) => void;
  onSelectReport: (id: string) => void;
};

/** The inbox map: area polygons for orientation and the server's report clusters on top. */
export default function ReportsMap({ areas, clusters, label, onViewport, onSelectReport }: ReportsMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const callbacks = useRef({ onViewport, onSelectReport });
  callbacks.current = { onViewport, onSelectReport };
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    try {
      const instance = new MapLibreMap({
        container: container.current,
        style: placesStyle(),
        center: [17.8, 59.25],
        zoom: 11,
        attributionControl: false,
        locale: {
          'Map.Title': label,
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
        },
      });
      instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      const emit = () => {
        const b = instance.getBounds();
        callbacks.current.onViewport({
          bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(
            (n) => Math.round(n * 1e5) / 1e5,
          ) as Viewport['bbox'],
          zoom: Math.round(instance.getZoom() * 10) / 10,
        });
      };
      instance.on('moveend', emit);
      instance.once('load', emit);
      map.current = instance;
    } catch {
      setFailed(true);
    }
    return () => {
      map.current?.remove();
      map.current = null;
    };
  }, [label, t]);

  useEffect(() => {
    const instance = map.current;
    if (!instance || !areas) return;
    const show = () => {
      (instance.getSource('places') as GeoJSONSource | undefined)?.setData(areas);
      showAreaLabels(instance, areas);
      const bounds = featureBounds(areas);
      if (bounds) instance.fitBounds(bounds, { padding: 40, maxZoom: 16, animate: false });
    };
    if (instance.isStyleLoaded()) show();
    else instance.once('load', show);
  }, [areas]);

  useEffect(() => {
    const instance = map.current;
    if (!instance || !clusters) return;
    const labels = {
      cluster: (count: number) => t('reports.mapCluster', { count }),
      report: t('reports.mapReport'),
    };
    showClusters(instance, clusters.clusters, labels, (cluster) => {
      if (cluster.reportId) callbacks.current.onSelectReport(cluster.reportId);
      else instance.fitBounds(cluster.bbox, { padding: 60, maxZoom: 18 });
    });
  }, [clusters, t]);

  if (failed) return <Alert color="gray">{t('map.unavailable')}</Alert>;
  return (
    <div
      ref={container}
      className="map-canvas"
      style={{ height: 'min(70vh, 640px)' }}
      data-testid="reports-map"
    />
  );
}
