import type { EChartsCoreOption } from 'echarts/core';
import type { Figure } from '../analysis-types';
import { chartColors, percentOf } from './percent';

export type TrendPoint = { label: string; figure: Figure | null };

/**
 * The share over waves as a line with its 95 % interval as a band (a stacked pair of lines: the
 * low bound, then high − low filled), and the target as a dashed line.
 */
export function trendOption(
  points: TrendPoint[],
  target: number | null,
  targetLabel: string,
): EChartsCoreOption {
  const low = points.map((point) => percentOf(point.figure?.low));
  const high = points.map((point) => percentOf(point.figure?.high));
  const width = low.map((value, index) =>
    value === null || high[index] === null ? null : (high[index] ?? 0) - value,
  );
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((point) => point.label), boundaryGap: true },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: [
      { type: 'line', data: low, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, silent: true },
      {
        type: 'line',
        data: width,
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: chartColors.band, opacity: 0.6 },
        silent: true,
      },
      {
        type: 'line',
        data: points.map((point) => percentOf(point.figure?.share)),
        color: chartColors.bar,
        symbolSize: 8,
        lineStyle: { width: 3 },
        markLine:
          target === null
            ? undefined
            : {
                symbol: 'none',
                lineStyle: { type: 'dashed', color: chartColors.target, width: 2 },
                label: { formatter: targetLabel, position: 'insideEndTop' },
                data: [{ yAxis: percentOf(target) }],
              },
      },
    ],
  };
}
