/**
 * Median and quartiles by linear interpolation between order statistics (Hyndman & Fan type 7,
 * the default of R and of spreadsheets), so the numbers match what a reader's own tool gives.
 * Throws on an empty list: a distribution of nothing does not exist.
 */
export function quartiles(values: readonly number[]): { q1: number; median: number; q3: number } {
  if (values.length === 0) throw new RangeError('quartiles of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const h = (sorted.length - 1) * p;
    const below = Math.floor(h);
    const above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
  };
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}
