import { Center, Loader, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { useMapFeatures } from '../places/places-api';
import { filterParams, type InboxFilters } from './report-filters';
import type { Viewport } from './reports-map';
import type { ReportMap } from './reports-map-types';

// maplibre-gl stays out of the bundle until someone switches the inbox to its map.
const ReportsMap = lazy(() => import('./reports-map'));

/** The map view of the inbox: asks the server for clusters of the visible box each time it moves. */
export function LazyReportsMap({ filters }: { filters: InboxFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const areas = useMapFeatures();
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const clusters = useQuery({
    queryKey: ['reports', 'map', filters, viewport],
    enabled: viewport !== null,
    placeholderData: keepPreviousData,
    queryFn: () => {
      const params = filterParams(filters);
      params.set('bbox', viewport?.bbox.join(',') ?? '');
      params.set('zoom', String(viewport?.zoom ?? 0));
      return api.get<ReportMap>(`/api/reports/map?${params.toString()}`);
    },
  });
  const loader = (
    <Center h={320}>
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
  return (
    <>
      <FormError error={clusters.error} />
      {clusters.data && (
        <Text aria-live="polite">{t('reports.mapTotal', { count: clusters.data.total })}</Text>
      )}
      <Suspense fallback={loader}>
        <ReportsMap
          areas={areas.data}
          clusters={clusters.data}
          label={t('reports.mapLabel')}
          onViewport={setViewport}
          onSelectReport={(id) => void navigate({ to: '/reports/$id', params: { id } })}
        />
      </Suspense>
    </>
  );
}
