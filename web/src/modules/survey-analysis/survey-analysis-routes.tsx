import { Loader } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/page';

// The analysis pages (with their charts and maps) are loaded when first opened, so the staff
// app's first load carries only these small wrappers.
const Overview = lazy(() => import('./overview-page'));
const AreaAnalysis = lazy(() => import('./area-analysis-page'));
const Compare = lazy(() => import('./compare-page'));
const Choropleth = lazy(() => import('./choropleth-page'));
const Benchmark = lazy(() => import('./benchmark-page'));

function Loading() {
  const { t } = useTranslation();
  return (
    <Page title={t('surveyAnalysis.title')}>
      <Loader aria-label={t('app.loading')} />
    </Page>
  );
}

function suspended<Props extends object>(Component: ComponentType<Props>) {
  return (props: Props) => (
    <Suspense fallback={<Loading />}>
      <Component {...props} />
    </Suspense>
  );
}

export const SurveyOverviewPage = suspended(Overview);
export const SurveyAreaAnalysisPage = suspended(AreaAnalysis);
export const SurveyComparePage = suspended(Compare);
export const SurveyChoroplethPage = suspended(Choropleth);
export const SurveyBenchmarkPage = suspended(Benchmark);
