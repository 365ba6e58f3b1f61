import { Group, Loader, MultiSelect, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultIndexKey } from '../../../../common/surveys/indexes';
import { AnchorLink } from '../../app/anchor-link';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { useAreas } from '../places/places-api';
import { useCompare } from './analysis-api';
import { AnalysisNav } from './analysis-nav';
import type { CompareRow } from './analysis-types';
import { intervalBarsOption } from './charts/interval-bars-option';
import { LazyChart } from './charts/lazy-chart';
import { describeFigures } from './figures-description';
import { FiguresTable } from './figures-table';
import { MeasureSelect } from './measure-select';
import { usePeriodChoice } from './period-frame-select';
import { SuppressionLegend } from './suppression-legend';
import { useFormat } from './use-format';

/** /surveys/analysis/compare: 2–6 areas side by side for one wave and measure. */
export default function ComparePage() {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState(defaultIndexKey);
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const areas = useAreas(false);
  const { wave, choosers } = usePeriodChoice(measure);
  const compare = useCompare(areaIds, wave?.id, measure);
  return (
    <Page title={t('surveyAnalysis.compare.title')}>
      <AnalysisNav />
      <Group align="flex-end" wrap="wrap">
        <MeasureSelect value={measure} onChange={setMeasure} />
        {choosers}
      </Group>
      <MultiSelect
        label={t('surveyAnalysis.compare.areas')}
        description={t('surveyAnalysis.compare.choose')}
        data={(areas.data?.items ?? []).map((area) => ({ value: area.id, label: area.name }))}
        value={areaIds}
        onChange={setAreaIds}
        maxValues={6}
        searchable
        maw={640}
      />
      <FormError error={compare.error} />
      {compare.isFetching && <Loader aria-label={t('app.loading')} />}
      {compare.data && <CompareResult rows={compare.data.rows} />}
    </Page>
  );
}

function CompareResult({ rows }: { rows: CompareRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labelled = useMemo(() => rows.map((row) => ({ label: row.areaName, figure: row.figure })), [rows]);
  const option = useMemo(() => intervalBarsOption(labelled), [labelled]);
  if (rows.length === 0) return <Text>{t('surveyAnalysis.empty')}</Text>;
  return (
    <>
      <LazyChart
        option={option}
        height={48 + rows.length * 40}
        label={t('surveyAnalysis.compare.chart', { values: describeFigures(labelled, format) })}
      />
      <FiguresTable
        name={t('surveyAnalysis.compare.title')}
        labelHeader={t('surveyAnalysis.area')}
        withChange
        rows={rows.map((row) => ({
          key: row.areaId,
          label: (
            <AnchorLink to="/surveys/analysis/areas/$areaId" params={{ areaId: row.areaId }}>
              {row.areaName}
            </AnchorLink>
          ),
          figure: row.figure,
          change: row.change,
        }))}
      />
      <SuppressionLegend />
    </>
  );
}
