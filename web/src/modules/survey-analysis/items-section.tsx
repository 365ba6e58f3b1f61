import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaMeasure } from './analysis-types';
import { intervalBarsOption } from './charts/interval-bars-option';
import { LazyChart } from './charts/lazy-chart';
import { describeFigures } from './figures-description';
import { FiguresTable } from './figures-table';
import { Section } from './section';
import { useFormat } from './use-format';

/** Every measure of the wave: bars with interval whiskers, and the table with changes. */
export function ItemsSection({ measures }: { measures: AreaMeasure[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(
    () => measures.map((measure) => ({ label: measure.label, figure: measure.figure })),
    [measures],
  );
  const option = useMemo(() => intervalBarsOption(rows), [rows]);
  return (
    <Section title={t('surveyAnalysis.areaPage.items')}>
      <LazyChart
        option={option}
        height={48 + rows.length * 34}
        label={t('surveyAnalysis.areaPage.itemsChart', { values: describeFigures(rows, format) })}
      />
      <FiguresTable
        name={t('surveyAnalysis.areaPage.items')}
        labelHeader={t('surveyAnalysis.measure')}
        withChange
        rows={measures.map((measure) => ({
          key: measure.key,
          label: measure.label,
          figure: measure.figure,
          change: measure.change,
        }))}
      />
    </Section>
  );
}
