import type { ShareInterval } from './wilson';

/** A difference of two shares (first − second, as a fraction: 0.057 = 5.7 percentage points). */
export type DifferenceInterval = { difference: number; low: number; high: number };

/**
 * The confidence interval for the difference of two independent proportions, first − second,
 * by Newcombe's hybrid score method ("square-and-add" of the two Wilson intervals; method 10 in
 * Newcombe 1998, "Interval estimation for the difference between independent proportions:
 * comparison of eleven methods", Statistics in Medicine 17:873–890):
 *
 *   L = d − √((p₁ − l₁)² + (u₂ − p₂)²)
 *   U = d + √((u₁ − p₁)² + (p₂ − l₂)²)
 *
 * It takes the two single intervals rather than counts, so the same code serves an item's share
 * (from `wilsonInterval`) and a composite index (from `compositeIndex`). With Wilson inputs the
 * result lies within [−1, 1] by construction (L ≥ l₁ − u₂); the clamp only absorbs rounding.
 * Swapping the groups negates the interval exactly.
 */
export function newcombeInterval(first: ShareInterval, second: ShareInterval): DifferenceInterval {
  const difference = first.share - second.share;
  // x² + y² rather than Math.hypot: addition is commutative in floating point, so swapping the
  // groups gives exactly the negated interval.
  const below = Math.sqrt((first.share - first.low) ** 2 + (second.high - second.share) ** 2);
  const above = Math.sqrt((first.high - first.share) ** 2 + (second.share - second.low) ** 2);
  return {
    difference,
    low: Math.max(-1, difference - below),
    high: Math.min(1, difference + above),
  };
}
