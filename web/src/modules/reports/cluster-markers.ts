import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { ReportMap } from './reports-map-types';

type Cluster = ReportMap['clusters'][number];
export type ClusterLabels = { cluster: (count: number) => string; report: string };

const shown = new WeakMap<MapLibreMap, Marker[]>();

const markerStyle: Partial<CSSStyleDeclaration> = {
  borderRadius: '50%',
  border: '2px solid #ffffff',
  background: '#c92a2a',
  color: '#ffffff',
  font: '600 12px/1 sans-serif',
  cursor: 'pointer',
  padding: '0',
  boxShadow: '0 1px 3px rgba(0, 0, 0, 0.4)',
};

/** Circle diameter in pixels, growing with the logarithm of the count so big clusters stay readable. */
function diameter(count: number): number {
  return Math.round(Math.min(64, 22 + Math.log2(count) * 6));
}

/**
 * The server's clusters as HTML markers: real buttons, so they are reachable by keyboard and named
 * for screen readers, and they carry their count as text without a glyph server.
 */
export function showClusters(
  instance: MapLibreMap,
  clusters: Cluster[],
  labels: ClusterLabels,
  onClick: (cluster: Cluster) => void,
): void {
  for (const marker of shown.get(instance) ?? []) marker.remove();
  const markers = clusters.map((cluster) => {
    const element = document.createElement('button');
    element.type = 'button';
    const size = cluster.count === 1 ? 18 : diameter(cluster.count);
    // Inline styles: the markers are made outside React and Mantine, and need no global CSS.
    Object.assign(element.style, markerStyle, { width: `${size}px`, height: `${size}px` });
    element.textContent = cluster.count === 1 ? '' : String(cluster.count);
    element.setAttribute('aria-label', cluster.count === 1 ? labels.report : labels.cluster(cluster.count));
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      onClick(cluster);
    });
    return new Marker({ element }).setLngLat([cluster.lon, cluster.lat]).addTo(instance);
  });
  shown.set(instance, markers);
}
