/**
 * The Wilson score interval for a binomial proportion (Wilson 1927; method 3 in Newcombe 1998,
 * "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17:857–872).
 *
 * Chosen over the textbook Wald interval (p ± z·√(p(1−p)/n)) because that one collapses to a
 * zero-width interval at 0 % and 100 % and undercovers badly at the small n of one building's
 * answers; Wilson stays inside [0, 1] and keeps close to its nominal 95 %.
 */

/** The two-sided 95 % quantile of the standard normal distribution, Φ⁻¹(0.975). */
export const z95 = 1.959963984540054;

/** A share (0–1) with the bounds of its confidence interval. */
export type ShareInterval = { share: number; low: number; high: number };

/** A share from counts: `successes` of `n` answers. */
export type ProportionInterval = ShareInterval & { successes: number; n: number };

/**
 * The Wilson interval for `successes` out of `n`.
 *
 * Throws a RangeError for anything that is not a count: negative or fractional numbers,
 * successes > n, and n = 0. A share of no answers does not exist, and returning one (or NaN) would
 * let it slip into a table; callers decide whether a cell is shown at all (`cellVisibility`,
 * which hides every n < 5) before asking for its interval.
 *
 * At 0 successes the lower bound is exactly 0 and at n successes the upper bound is exactly 1
 * (the formula gives that only up to rounding).
 */
export function wilsonInterval(successes: number, n: number, z: number = z95): ProportionInterval {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must be an integer from 0 to n (${n}), got ${successes}`);
  }
  const { low, high } = wilsonBounds(successes / n, n, z);
  return {
    successes,
    n,
    share: successes / n,
    low: successes === 0 ? 0 : low,
    high: successes === n ? 1 : high,
  };
}

/**
 * The Wilson bounds for an observed share and a (possibly effective) sample size; used directly
 * by the composite index, whose "successes" need not be a whole number. The results are clamped
 * so that low ≤ share ≤ high holds despite rounding.
 */
export function wilsonBounds(share: number, n: number, z: number = z95): ShareInterval {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`share must be within [0, 1], got ${share}`);
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`n must be positive, got ${n}`);
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`z must be positive, got ${z}`);
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (share + z2 / (2 * n)) / denominator;
  const halfWidth = (z * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n))) / denominator;
  return {
    share,
    low: Math.min(share, Math.max(0, centre - halfWidth)),
    high: Math.max(share, Math.min(1, centre + halfWidth)),
  };
}
