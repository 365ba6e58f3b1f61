import type { Figure } from '../../../common/contracts/survey-analysis';
import { suppressParts } from '../../../common/statistics';
import { type Counts, measureFigure, noCounts, suppressedFigure } from './figures';
import type { Measure } from './measures';

/** One part of a total (a building of an area, an age group, an area of the organization). */
export type PartCounts<K> = { key: K; counts: readonly Counts[] };

/**
 * The parts to hide so that no part with fewer than 5 answers can be seen, directly or by
 * subtracting the shown parts from the shown total — for a measure made of several items (an
 * index), each item's total and parts at once.
 *
 * Each item is one application of `suppressParts` (common/statistics). A part hidden for one
 * item is hidden for all, and that can make another item's hidden remainder small again, so
 * the items are gone through until nothing changes. Parts already hidden are left out of the
 * next call: `suppressParts` then counts their answers as answers without a part, i.e. hidden,
 * which is exactly what they are. At the end every item's remainder (total − shown parts) is 0
 * or at least 5, or no part is shown. A part with no answers to an item hides nobody and is
 * not hidden for that item alone (the index leaves such items out).
 *
 * `totalHidden`: the total itself is not shown (fewer than 5 answers to an item, or a
 * secondarily suppressed area), so no part may be shown either — shown parts would add up to it.
 * Callers pass the total's own visibility here; the guarantee above assumes they do.
 */
export function hiddenParts<K>(
  totals: readonly Counts[],
  parts: readonly PartCounts<K>[],
  totalHidden = false,
): Set<K> {
  if (totalHidden) return new Set(parts.map((part) => part.key));
  const hidden = new Set<K>();
  let changed = true;
  while (changed) {
    changed = false;
    totals.forEach((total, item) => {
      const shown = parts.filter((part) => !hidden.has(part.key));
      const result = suppressParts(
        total.answered,
        shown.map((part) => ({ key: part.key, n: (part.counts[item] ?? noCounts).answered })),
      );
      for (const part of result) {
        if (part.visibility !== 'suppressed' || (part.reason === 'too_few' && part.n === 0)) continue;
        hidden.add(part.key);
        changed = true;
      }
    });
  }
  return hidden;
}

/**
 * The figures of the parts of one total for a measure, with secondary suppression (hiddenParts).
 * Returns a map in the parts' order.
 */
export function partFigures<K>(
  measure: Pick<Measure, 'kind'>,
  totals: readonly Counts[],
  parts: readonly PartCounts<K>[],
  totalHidden = false,
): Map<K, Figure> {
  const hidden = hiddenParts(totals, parts, totalHidden);
  return new Map(
    parts.map((part) => [
      part.key,
      hidden.has(part.key) ? suppressedFigure : measureFigure(measure, part.counts),
    ]),
  );
}
