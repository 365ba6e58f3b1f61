import { Alert, Loader, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultIndexKey } from '../../../../common/surveys/indexes';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { useAbility } from '../../app/session';
import { useBenchmark, useBenchmarkOptIn, useOverview } from './analysis-api';
import { AnalysisNav } from './analysis-nav';
import type { Benchmark } from './analysis-types';
import { benchmarkOption } from './charts/benchmark-option';
import { LazyChart } from './charts/lazy-chart';
import { FigureValue } from './figure-value';
import { MeasureSelect } from './measure-select';
import { useFormat } from './use-format';

/** /surveys/analysis/benchmark: our figure against the spread of other opted-in companies. */
export default function BenchmarkPage() {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState(defaultIndexKey);
  const [chosenYear, setYear] = useState<number | undefined>(undefined);
  // Until a year is chosen, the year of the latest wave (this year may have no answers yet).
  const latestYear = useOverview(measure, 'wave').data?.waves.at(-1)?.year;
  const year = chosenYear ?? latestYear ?? new Date().getFullYear();
  const benchmark = useBenchmark(measure, year);
  const canOptIn = useAbility('survey.benchmark_opt_in');
  const optIn = useBenchmarkOptIn();
  return (
    <Page title={t('surveyAnalysis.benchmark.title')}>
      <AnalysisNav />
      <Text>{t('surveyAnalysis.benchmark.intro')}</Text>
      <MeasureSelect value={measure} onChange={setMeasure} ownIndexes={false} />
      <NumberInput
        label={t('surveyAnalysis.benchmark.year')}
        value={year}
        onChange={(value) => typeof value === 'number' && setYear(value)}
        min={2000}
        max={2100}
        w={120}
      />
      <FormError error={benchmark.error ?? optIn.error} />
      {benchmark.isPending && <Loader aria-label={t('app.loading')} />}
      {benchmark.data && canOptIn && (
        <Switch
          label={t('surveyAnalysis.benchmark.optIn')}
          description={t('surveyAnalysis.benchmark.optInHint')}
          checked={benchmark.data.optedIn}
          disabled={optIn.isPending}
          onChange={(event) => optIn.mutate(event.currentTarget.checked)}
        />
      )}
      {benchmark.data && <BenchmarkResult benchmark={benchmark.data} />}
    </Page>
  );
}

function BenchmarkResult({ benchmark }: { benchmark: Benchmark }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () =>
      benchmarkOption(benchmark, {
        own: t('surveyAnalysis.benchmark.own'),
        others: t('surveyAnalysis.benchmark.median'),
      }),
    [benchmark, t],
  );
  const { distribution } = benchmark;
  const summary = distribution
    ? t('surveyAnalysis.benchmark.summary', {
        own: format.figure(benchmark.own),
        median: format.share(distribution.median),
        q1: format.share(distribution.q1),
        q3: format.share(distribution.q3),
      })
    : null;
  return (
    <Stack gap="sm">
      {!benchmark.optedIn && <Alert color="gray">{t('surveyAnalysis.benchmark.notOptedIn')}</Alert>}
      <Text>{t('surveyAnalysis.benchmark.others', { count: benchmark.others })}</Text>
      <Text component="div">
        {t('surveyAnalysis.benchmark.own')}:{' '}
        {benchmark.own ? <FigureValue figure={benchmark.own} /> : t('surveyAnalysis.benchmark.noOwn')}
      </Text>
      {distribution === null ? (
        benchmark.optedIn && <Alert color="yellow">{t('surveyAnalysis.benchmark.notEnough')}</Alert>
      ) : (
        <>
          <Text>{summary}</Text>
          <LazyChart
            option={option}
            height={160}
            label={t('surveyAnalysis.benchmark.chart', { text: summary })}
          />
        </>
      )}
    </Stack>
  );
}
