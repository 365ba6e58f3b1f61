import { type CellVisibility, cellVisibility, minimumCellSize } from './cell-visibility';

export type Part<K> = { key: K; n: number };

/** too_few: the part itself has n < 5 · secondary: hidden so that a small part cannot be recovered. */
export type SuppressionReason = 'too_few' | 'secondary';

export type PartVisibility<K> = {
  key: K;
  n: number;
  visibility: CellVisibility;
  reason: SuppressionReason | null;
};

/**
 * Which parts of a shown total (e.g. the buildings of an area, or the age groups of a wave) must
 * be suppressed so that no group of fewer than 5 answers can be seen, directly or by subtracting
 * the visible parts from the total.
 *
 * The rule:
 * 1. Primary: every part with n < 5 is suppressed.
 * 2. What a reader can recover is total − (visible parts): the suppressed parts together plus any
 *    answers that belong to no listed part (e.g. no building given). While that hidden remainder
 *    is between 1 and 4 answers, the smallest visible part is suppressed as well (ties: the
 *    earlier part in the given order), until the remainder is 0 or at least 5 — or nothing is
 *    left to hide. In particular one suppressed part with answers is never left alone: its
 *    n < 5 would be exactly the remainder. (A part with 0 answers hides nobody and needs no
 *    partner.)
 *
 * Scope: this protects one total and its direct parts. Apply it at every level of a drill-down
 * (organization → area → building → entrance), and use the same suppressed parts in every table
 * that shows the same total, or a reader can combine two tables; counts published elsewhere (e.g.
 * answers per building in response rates) are outside what this function can see. If the total
 * itself has n < 5, every part has too, so all are suppressed; hiding the total is the caller's
 * `cellVisibility(total)`.
 *
 * Returns the parts in the given order. Throws a RangeError if the parts add up to more than the
 * total or a count is not a non-negative integer.
 */
export function suppressParts<K>(total: number, parts: readonly Part<K>[]): PartVisibility<K>[] {
  validateCounts(total, parts);
  const result: PartVisibility<K>[] = parts.map((part) => {
    const visibility = cellVisibility(part.n);
    return { ...part, visibility, reason: visibility === 'suppressed' ? 'too_few' : null };
  });
  let hidden = total - result.reduce((sum, part) => sum + (part.reason === null ? part.n : 0), 0);
  while (hidden > 0 && hidden < minimumCellSize) {
    const smallest = smallestVisible(result);
    if (!smallest) break;
    smallest.visibility = 'suppressed';
    smallest.reason = 'secondary';
    hidden += smallest.n;
  }
  return result;
}

function smallestVisible<K>(parts: PartVisibility<K>[]): PartVisibility<K> | undefined {
  let smallest: PartVisibility<K> | undefined;
  for (const part of parts) {
    if (part.reason === null && (!smallest || part.n < smallest.n)) smallest = part;
  }
  return smallest;
}

function validateCounts<K>(total: number, parts: readonly Part<K>[]): void {
  const isCount = (n: number) => Number.isInteger(n) && n >= 0;
  if (!isCount(total)) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  const bad = parts.find((part) => !isCount(part.n));
  if (bad) throw new RangeError(`part n must be a non-negative integer, got ${bad.n}`);
  const sum = parts.reduce((acc, part) => acc + part.n, 0);
  if (sum > total) throw new RangeError(`parts add up to ${sum}, more than the total ${total}`);
}
