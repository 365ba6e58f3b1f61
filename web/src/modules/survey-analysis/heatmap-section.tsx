import { Loader, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { useMapFeatures } from '../places/places-api';
import { LazySurveyMap } from './lazy-survey-map';
import { Section } from './section';
import { useHeatmap } from './texts-api';

/** Where tenants marked places as unsafe, as a heat map over the area; the count is its text. */
export function HeatmapSection({
  areaId,
  areaName,
  waveId,
}: {
  areaId: string;
  areaName: string;
  waveId: string;
}) {
  const { t } = useTranslation();
  const heatmap = useHeatmap(waveId, areaId);
  const places = useMapFeatures(areaId);
  const data = useMemo(() => {
    const areas = (places.data?.features ?? []).filter((feature) => feature.properties.kind === 'area');
    const points = (heatmap.data?.points ?? []).map((coordinates) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates },
      properties: {},
    }));
    return { type: 'FeatureCollection' as const, features: [...areas, ...points] };
  }, [places.data, heatmap.data]);
  const count = heatmap.data?.points.length ?? 0;
  return (
    <Section title={t('surveyAnalysis.heatmap.title')}>
      <FormError error={heatmap.error} />
      {heatmap.isPending && <Loader aria-label={t('app.loading')} />}
      {heatmap.data && (
        <>
          <Text>
            {heatmap.data.suppressed && count === 0
              ? t('surveyAnalysis.heatmap.suppressed')
              : count === 0
                ? t('surveyAnalysis.heatmap.none')
                : t('surveyAnalysis.heatmap.count', { count })}
          </Text>
          {count > 0 && (
            <LazySurveyMap
              mode="heatmap"
              data={data}
              label={t('surveyAnalysis.heatmap.canvas', { area: areaName })}
              height={340}
            />
          )}
        </>
      )}
    </Section>
  );
}
