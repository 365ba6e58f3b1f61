import type { EChartsCoreOption } from 'echarts/core';
import type { Figure } from '../analysis-types';
import { chartColors, intervalOf, percentOf } from './percent';
import { whiskerSeries } from './whiskers';

export type LabelledFigure = { label: string; figure: Figure | null };

/** Horizontal bars of shares with 95 % interval whiskers; suppressed rows have no bar. */
export function intervalBarsOption(rows: LabelledFigure[]): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 28, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((row) => percentOf(row.figure?.share)),
        color: chartColors.bar,
        barMaxWidth: 28,
      },
      whiskerSeries(
        rows.map((row, index) => intervalOf(index, row.figure)),
        true,
      ),
    ],
  };
}
