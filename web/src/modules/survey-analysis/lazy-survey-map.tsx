import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientConfig } from '../../../../common/contracts/client-config';
import { api } from '../../app/api';
import type { SurveyMapProps } from './survey-map';

// maplibre-gl (about 1 MB) arrives only when a survey map is shown.
const SurveyMap = lazy(() => import('./survey-map'));

export function LazySurveyMap(props: Omit<SurveyMapProps, 'baseStyleUrl'>) {
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
      <SurveyMap {...props} baseStyleUrl={config.data?.mapStyleUrl ?? null} />
    </Suspense>
  );
}
