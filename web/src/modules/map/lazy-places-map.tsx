import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlacesMapProps } from './places-map';

// A dynamic import keeps maplibre-gl (about 1 MB) out of the bundle until a page shows a map.
const PlacesMap = lazy(() => import('./places-map'));

export function LazyPlacesMap(props: PlacesMapProps) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center h={props.height}>
          <Loader aria-label={t('app.loading')} />
        </Center>
      }
    >
      <PlacesMap {...props} />
    </Suspense>
  );
}
