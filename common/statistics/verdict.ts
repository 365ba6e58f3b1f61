import type { DifferenceInterval } from './newcombe';

/**
 * What a change between two periods may be called. Only a 95 % interval wholly above (below)
 * zero is called an increase (decrease); everything else is "no certain change", however large
 * the point difference looks: that is the line between a real change and noise.
 */
export const changeVerdicts = ['certain_increase', 'no_certain_change', 'certain_decrease'] as const;
export type ChangeVerdict = (typeof changeVerdicts)[number];

/** The verdict on the interval of (current − previous). */
export function changeVerdict(interval: Pick<DifferenceInterval, 'low' | 'high'>): ChangeVerdict {
  if (interval.low > 0) return 'certain_increase';
  if (interval.high < 0) return 'certain_decrease';
  return 'no_certain_change';
}
