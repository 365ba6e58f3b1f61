import * as echarts from 'echarts';
import type { Figure } from '../../../common/contracts/survey-analysis';

export type ChartPoint = { label: string; figure: Figure };

const font = { fontFamily: 'Roboto', fontSize: 11, color: '#222' };
const barColor = '#2f6f9f';

/** Renders an option to an SVG string on the server (no DOM, no canvas). */
function toSvg(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: font, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const pct = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/** Interval whiskers: a line from low to high with short caps, on the category axis. */
function whiskers(points: ChartPoint[], horizontal: boolean): echarts.CustomSeriesOption {
  return {
    type: 'custom',
    silent: true,
    data: points.map((p, i) => [i, pct(p.figure.low), pct(p.figure.high)]),
    renderItem: (_params, api) => {
      const [index, low, high] = [api.value(0), api.value(1), api.value(2)] as number[];
      if (Number.isNaN(low) || Number.isNaN(high)) return null;
      const at = (value: number) => api.coord(horizontal ? [value, index] : [index, value]);
      const [a, b] = [at(low), at(high)];
      const cap = 4;
      const capLine = (p: number[]) =>
        horizontal
          ? { x1: p[0], y1: p[1] - cap, x2: p[0], y2: p[1] + cap }
          : { x1: p[0] - cap, y1: p[1], x2: p[0] + cap, y2: p[1] };
      const style = { stroke: '#111', lineWidth: 1.2 };
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }, style },
          { type: 'line', shape: capLine(a), style },
          { type: 'line', shape: capLine(b), style },
        ],
      };
    },
    z: 10,
  };
}

/** Horizontal bars of each item's share with its 95 % interval; suppressed items have no bar. */
export function itemsChartSvg(points: ChartPoint[]): string {
  const height = 40 + points.length * 28;
  return toSvg(
    {
      grid: { left: 230, right: 30, top: 10, bottom: 30 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: points.map((p) => p.label),
        axisLabel: { width: 220, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: points.map((p) => pct(p.figure.share)),
          itemStyle: { color: barColor },
          barWidth: 14,
        },
        whiskers(points, true),
      ],
    },
    520,
    height,
  );
}

/** The measure's share over the waves, as a line with the interval of each wave. */
export function trendChartSvg(points: ChartPoint[]): string {
  return toSvg(
    {
      grid: { left: 50, right: 20, top: 15, bottom: 40 },
      xAxis: { type: 'category', data: points.map((p) => p.label) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [
        {
          type: 'line',
          data: points.map((p) => pct(p.figure.share)),
          connectNulls: false,
          symbolSize: 7,
          itemStyle: { color: barColor },
          lineStyle: { color: barColor, width: 2 },
        },
        whiskers(points, false),
      ],
    },
    520,
    220,
  );
}
