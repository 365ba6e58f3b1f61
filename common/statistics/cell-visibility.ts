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

/**
 * A live count shown in steps of `minimumCellSize` (rounded down: 0–4 → 0, 5–9 → 5, …), so that
 * watching it change does not place each new answer in a small group (a building): only every
 * fifth answer moves it, as the figures appear only from five answers.
 */
export function steppedCount(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  return n - (n % minimumCellSize);
}
