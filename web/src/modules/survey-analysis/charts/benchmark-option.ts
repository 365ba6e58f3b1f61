import type { EChartsCoreOption } from 'echarts/core';
import type { Benchmark } from '../analysis-types';
import { chartColors, intervalOf, percentOf } from './percent';
import { whiskerSeries } from './whiskers';

/**
 * A bullet chart on one row: the other companies' quartile box (q1–q3, a transparent stack base
 * then the box), their median as a bar marker, and our own share as a dot with its interval.
 */
export function benchmarkOption(
  benchmark: Benchmark,
  labels: { own: string; others: string },
): EChartsCoreOption {
  const { distribution, own } = benchmark;
  const q1 = percentOf(distribution?.q1);
  const q3 = percentOf(distribution?.q3);
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 28, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', data: [labels.others, labels.own], inverse: true },
    series: [
      { type: 'bar', stack: 'box', data: [q1, null], itemStyle: { color: 'transparent' }, silent: true },
      {
        type: 'bar',
        stack: 'box',
        data: [q1 === null || q3 === null ? null : q3 - q1, null],
        itemStyle: { color: chartColors.band, borderColor: chartColors.bar },
        barWidth: 28,
        silent: true,
      },
      {
        type: 'scatter',
        data: [[percentOf(distribution?.median), 0]],
        symbol: 'rect',
        symbolSize: [4, 32],
        color: chartColors.median,
      },
      {
        type: 'scatter',
        data: [[percentOf(own?.share), 1]],
        symbolSize: 14,
        color: chartColors.bar,
      },
      whiskerSeries([intervalOf(1, own)], true),
    ],
  };
}
