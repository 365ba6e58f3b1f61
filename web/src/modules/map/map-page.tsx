import { Grid, Loader } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { useMapFeatures } from '../places/places-api';
import { FeatureList } from './feature-list';
import { LazyPlacesMap } from './lazy-places-map';
import type { MapFeatureRef } from './places-map';

/** Every area of the organization on one map, with the same content as a list beside it. */
export function MapPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const features = useMapFeatures();
  const select = (feature: MapFeatureRef) => {
    if (feature.kind === 'area') void navigate({ to: '/areas/$id', params: { id: feature.id } });
    if (feature.kind === 'building') void navigate({ to: '/buildings/$id', params: { id: feature.id } });
  };
  return (
    <Page title={t('map.title')}>
      <FormError error={features.error} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <LazyPlacesMap
            features={features.data}
            label={t('map.canvas')}
            height="min(70vh, 640px)"
            onSelect={select}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {features.isPending && <Loader aria-label={t('app.loading')} />}
          {features.data && <FeatureList features={features.data} />}
        </Grid.Col>
      </Grid>
    </Page>
  );
}
