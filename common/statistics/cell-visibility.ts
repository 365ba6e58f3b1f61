/** Fewer answers than this are never shown, neither directly nor recoverable by subtraction. */
export const minimumCellSize = 5;

/** Fewer answers than this are shown, but flagged as uncertain. */
export const uncertainBelow = 30;

/**
 * suppressed: not shown (n < 5, or hidden to protect a small neighbour, see `suppressParts`) ·
 * uncertain: shown with a warning (5 ≤ n < 30) · shown.
 */
export type CellVisibility = 'suppressed' | 'uncertain' | 'shown';

/** How a single cell of `n` answers may be shown, judged on its own. */
export function cellVisibility(n: number): CellVisibility {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (n < minimumCellSize) return 'suppressed';
  return n < uncertainBelow ? 'uncertain' : 'shown';
}
