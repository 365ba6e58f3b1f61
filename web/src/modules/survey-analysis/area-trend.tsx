import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaMeasure, WaveRef } from './analysis-types';
import { LazyChart } from './charts/lazy-chart';
import { trendOption } from './charts/trend-option';
import { FigureValue } from './figure-value';
import { describeFigures } from './figures-description';
import { ScrollTable } from './scroll-table';
import { Section } from './section';
import { useFormat } from './use-format';

/** The measure over every wave: a line with its interval band and target, and the same as a table. */
export function AreaTrend({ measure, waves }: { measure: AreaMeasure; waves: WaveRef[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = useMemo(
    () =>
      waves.map((wave) => ({
        label: wave.name,
        figure: measure.series.find((point) => point.waveId === wave.id)?.figure ?? null,
      })),
    [measure, waves],
  );
  const target = measure.target?.share ?? null;
  const targetLabel = t('surveyAnalysis.areaPage.targetLine', { share: format.share(target) });
  const option = useMemo(() => trendOption(points, target, targetLabel), [points, target, targetLabel]);
  const label = t('surveyAnalysis.areaPage.trendDescription', {
    measure: measure.label,
    values: describeFigures(points, format),
  });
  return (
    <Section title={t('surveyAnalysis.areaPage.trend')}>
      <LazyChart option={option} height={260} label={label} />
      <ScrollTable name={t('surveyAnalysis.areaPage.trend')} minWidth={360}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveyAnalysis.wave')}</Table.Th>
            <Table.Th scope="col">{measure.label}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((point) => (
            <Table.Tr key={point.label}>
              <Table.Th scope="row" fw={500}>
                {point.label}
              </Table.Th>
              <Table.Td>
                <FigureValue figure={point.figure} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Section>
  );
}
