import { lazyMap } from './lazy-map';

// A dynamic import keeps maplibre-gl (about 1 MB) out of the bundle until a page shows a map.
export const LazyPlacesMap = lazyMap(() => import('./places-map'));
