import type { CustomSeriesRenderItem } from 'echarts';

/**
 * A custom series drawing a 95 % interval as a whisker at each category: data items are
 * [categoryIndex, low, high] (shares in percent). Horizontal says the value axis runs across.
 */
export function whiskerSeries(data: (number | null)[][], horizontal: boolean) {
  const renderItem: CustomSeriesRenderItem = (_params, api) => {
    const category = api.value(0) as number;
    const low = api.value(1) as number;
    const high = api.value(2) as number;
    const at = (value: number) => api.coord(horizontal ? [value, category] : [category, value]);
    const [a, b] = [at(low), at(high)];
    const cap = 6;
    const line = (x1: number, y1: number, x2: number, y2: number) => ({
      type: 'line' as const,
      shape: { x1, y1, x2, y2 },
      style: { stroke: '#1a1b1e', lineWidth: 1.5 },
    });
    const children = horizontal
      ? [
          line(a[0], a[1], b[0], b[1]),
          line(a[0], a[1] - cap, a[0], a[1] + cap),
          line(b[0], b[1] - cap, b[0], b[1] + cap),
        ]
      : [
          line(a[0], a[1], b[0], b[1]),
          line(a[0] - cap, a[1], a[0] + cap, a[1]),
          line(b[0] - cap, b[1], b[0] + cap, b[1]),
        ];
    return { type: 'group', children };
  };
  return {
    type: 'custom' as const,
    renderItem,
    data: data.filter((item) => item[1] !== null && item[2] !== null),
    encode: horizontal ? { x: [1, 2], y: 0 } : { x: 0, y: [1, 2] },
    z: 10,
    silent: true,
  };
}
