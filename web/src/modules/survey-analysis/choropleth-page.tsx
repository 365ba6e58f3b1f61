import { Group, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultIndexKey } from '../../../../common/surveys/indexes';
import { AnchorLink } from '../../app/anchor-link';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { useChoropleth } from './analysis-api';
import { AnalysisNav } from './analysis-nav';
import { ChoroplethLegend } from './choropleth-legend';
import { FiguresTable } from './figures-table';
import { LazySurveyMap } from './lazy-survey-map';
import { MeasureSelect, useMeasureOptions } from './measure-select';
import { usePeriodChoice } from './period-frame-select';
import { Section } from './section';
import { SuppressionLegend } from './suppression-legend';

/** /surveys/analysis/map: every area coloured by its share for a measure and wave, and as a table. */
export default function ChoroplethPage() {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState(defaultIndexKey);
  const { wave, choosers } = usePeriodChoice(measure);
  const map = useChoropleth(wave?.id, measure);
  const { labelOf } = useMeasureOptions();
  const features = map.data?.features ?? [];
  return (
    <Page title={t('surveyAnalysis.map.title')}>
      <AnalysisNav />
      <Group align="flex-end" wrap="wrap">
        <MeasureSelect value={measure} onChange={setMeasure} />
        {choosers}
      </Group>
      <FormError error={map.error} />
      {map.isFetching && <Loader aria-label={t('app.loading')} />}
      {map.data && wave && (
        <>
          <LazySurveyMap
            mode="choropleth"
            data={map.data}
            label={t('surveyAnalysis.map.canvas', { measure: labelOf(measure), wave: wave.name })}
            height="min(60vh, 560px)"
          />
          <ChoroplethLegend />
          <Section title={t('surveyAnalysis.map.tableTitle')}>
            {features.length === 0 ? (
              <Text>{t('surveyAnalysis.empty')}</Text>
            ) : (
              <FiguresTable
                name={t('surveyAnalysis.map.tableTitle')}
                labelHeader={t('surveyAnalysis.area')}
                rows={features.map(({ properties: area }) => ({
                  key: area.areaId,
                  label: (
                    <AnchorLink to="/surveys/analysis/areas/$areaId" params={{ areaId: area.areaId }}>
                      {area.name}
                    </AnchorLink>
                  ),
                  figure: {
                    share: area.share,
                    low: null,
                    high: null,
                    n: area.n,
                    dontKnow: null,
                    visibility: area.visibility,
                  },
                }))}
              />
            )}
            <SuppressionLegend />
          </Section>
        </>
      )}
    </Page>
  );
}
