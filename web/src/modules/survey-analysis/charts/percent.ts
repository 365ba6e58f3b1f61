import type { Figure } from '../analysis-types';

/** A share as chart percent (0–100), or null for a suppressed cell (a gap, never zero). */
export function percentOf(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 1000) / 10;
}

/** [index, low, high] in percent for a whisker, or nulls when the figure is hidden. */
export function intervalOf(index: number, figure: Figure | null | undefined): (number | null)[] {
  return [index, percentOf(figure?.low), percentOf(figure?.high)];
}

export const chartColors = { bar: '#1c7ed6', band: '#a5d8ff', target: '#c92a2a', median: '#1a1b1e' };
