import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import { type EChartsCoreOption, type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the survey charts draw (no tooltip: the table beside each chart carries the
// numbers); SVG keeps text crisp and the chunk small.
use([BarChart, LineChart, ScatterChart, CustomChart, GridComponent, MarkLineComponent, SVGRenderer]);

export type EChartProps = {
  option: EChartsCoreOption;
  height: number;
  /** The chart's numbers in words: the image's text alternative. */
  label: string;
};

/** An ECharts chart, loaded lazily (see lazy-chart.tsx); a role=img with the numbers as its name. */
export default function EChart({ option, height, label }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
