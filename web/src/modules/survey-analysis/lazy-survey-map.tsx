import { lazyMap } from '../map/lazy-map';

// maplibre-gl (about 1 MB) arrives only when a survey map is shown.
export const LazySurveyMap = lazyMap(() => import('./survey-map'));
