import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from '../../../common/geo';
import { pointInArea } from './point-in-area';

const square = (x: number, y: number, d: number): [number, number][] => [
  [x - d, y - d],
  [x + d, y - d],
  [x + d, y + d],
  [x - d, y + d],
  [x - d, y - d],
];

describe('pointInArea', () => {
  it('tells inside from outside a polygon with a hole', () => {
    const withHole: Polygon = { type: 'Polygon', coordinates: [square(18, 59, 1), square(18, 59, 0.2)] };
    expect(pointInArea([18.5, 59.5], withHole)).toBe(true);
    expect(pointInArea([18, 59], withHole)).toBe(false);
    expect(pointInArea([20, 59], withHole)).toBe(false);
  });

  it('checks every polygon of a multipolygon', () => {
    const two: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(10, 50, 1)], [square(20, 60, 1)]],
    };
    expect(pointInArea([20.5, 60.5], two)).toBe(true);
    expect(pointInArea([15, 55], two)).toBe(false);
  });

  it('follows a concave outline', () => {
    const l: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(pointInArea([0.5, 1.5], l)).toBe(true);
    expect(pointInArea([1.5, 1.5], l)).toBe(false);
  });
});
