import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientConfig } from '../../../../common/contracts/client-config';
import { api } from '../../app/api';
import type { PlacesMapProps } from './places-map';

// A dynamic import keeps maplibre-gl (about 1 MB) out of the bundle until a page shows a map.
const PlacesMap = lazy(() => import('./places-map'));

export function LazyPlacesMap(props: Omit<PlacesMapProps, 'baseStyleUrl'>) {
  const { t } = useTranslation();
  const config = useQuery({
    queryKey: ['client-config'],
    queryFn: () => api.get<ClientConfig>('/api/client-config'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const loader = (
    <Center h={props.height}>
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
  if (config.isPending) return loader;
  return (
    <Suspense fallback={loader}>
      <PlacesMap {...props} baseStyleUrl={config.data?.mapStyleUrl ?? null} />
    </Suspense>
  );
}
