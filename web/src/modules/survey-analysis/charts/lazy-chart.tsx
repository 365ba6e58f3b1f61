import { Box } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart';

// ECharts stays out of the first load: it arrives when a page first draws a chart.
const EChart = lazy(() => import('./echart'));

export function LazyChart(props: EChartProps) {
  return (
    <Suspense fallback={<Box h={props.height} role="img" aria-label={props.label} />}>
      <EChart {...props} />
    </Suspense>
  );
}
