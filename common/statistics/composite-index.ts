import type { TopBoxCount } from './top-box';
import { type ShareInterval, wilsonBounds, z95 } from './wilson';

/**
 * A composite index (e.g. trygghetsindex) with n and a conservative 95 % interval, or null when
 * none of its items has an answer.
 * - share: the mean over items of each item's top-2-box share.
 * - n: the smallest item base among the items used (what the interval is built on).
 * - items: how many items went into the mean.
 */
export type CompositeIndex = ShareInterval & { n: number; items: number };

/**
 * The index as the market's tenant surveys define it: the mean over its items of each item's
 * top-2-box share, "vet ej" excluded. Items without a single answer in the base are left out of
 * the mean rather than counted as 0 % (that would punish an area for a question nobody found
 * relevant); `items` tells how many remained.
 *
 * The interval: the index is a mean of item shares from (largely) the same respondents, not a
 * proportion of people, so an exact Wilson interval does not exist. We use the Wilson interval of
 * the index value at n = the smallest item base. That is conservative: the standard error of a mean
 * of correlated shares is at most the mean of their standard errors, which is at most
 * √(p̄(1 − p̄)/n_min) since √(p(1 − p)) is concave. It can therefore be wider than needed, never
 * narrower (to the accuracy of the normal approximation). Pass it to `changeBetween` for the
 * change in the index. Whether to show it at all is `cellVisibility(n)`.
 */
export function compositeIndex(items: readonly TopBoxCount[], z: number = z95): CompositeIndex | null {
  items.forEach(validateItem);
  const answered = items.filter((item) => item.n > 0);
  if (answered.length === 0) return null;
  const share = answered.reduce((sum, item) => sum + item.successes / item.n, 0) / answered.length;
  const n = Math.min(...answered.map((item) => item.n));
  const allPositive = answered.every((item) => item.successes === item.n);
  const nonePositive = answered.every((item) => item.successes === 0);
  const bounds = wilsonBounds(share, n, z);
  return {
    share,
    low: nonePositive ? 0 : bounds.low,
    high: allPositive ? 1 : bounds.high,
    n,
    items: answered.length,
  };
}

function validateItem(item: TopBoxCount): void {
  const { successes, n } = item;
  if (!Number.isInteger(n) || !Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`item counts must be integers with 0 ≤ successes ≤ n, got ${successes}/${n}`);
  }
}
