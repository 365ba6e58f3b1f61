import type { Change, Figure } from '../../../common/contracts/survey-analysis';
import type { Locale } from '../../../common/roles';
import {
  type CellVisibility,
  cellVisibility,
  changeBetween,
  changeVerdictWords,
  compositeIndex,
  wilsonInterval,
} from '../../../common/statistics';

/** One item's running totals (survey_rollups, summed): answers 1–4, of them 1–2, and "vet ej". */
export type Counts = { answered: number; positive: number; dontKnow: number };

export const noCounts: Counts = { answered: 0, positive: 0, dontKnow: 0 };

/** A figure that shows nothing: too few answers, or hidden to protect a small neighbour. */
export const suppressedFigure: Figure = {
  share: null,
  low: null,
  high: null,
  n: null,
  dontKnow: null,
  visibility: 'suppressed',
};

/** An item's top-2-box share with its Wilson interval, or suppressed below 5 answers. */
export function itemFigure(counts: Counts = noCounts): Figure {
  const visibility = cellVisibility(counts.answered);
  if (visibility === 'suppressed') return suppressedFigure;
  const interval = wilsonInterval(counts.positive, counts.answered);
  return shownFigure(interval, counts.answered, counts.dontKnow, visibility);
}

/**
 * An index over its items' counts (compositeIndex: the mean of item shares, n = the smallest
 * item base). dontKnow is the largest item's count of "vet ej": the index has no single base of
 * its own, and the largest says how many at most could not judge some part of it.
 */
export function indexFigure(items: readonly Counts[]): Figure {
  const index = compositeIndex(items.map((item) => ({ successes: item.positive, n: item.answered })));
  if (!index) return suppressedFigure;
  const visibility = cellVisibility(index.n);
  if (visibility === 'suppressed') return suppressedFigure;
  const dontKnow = Math.max(0, ...items.map((item) => item.dontKnow));
  return shownFigure(index, index.n, dontKnow, visibility);
}

/** The figure of a measure: an index when it has several items (or is defined as one), else the item. */
export function measureFigure(measure: { kind: 'index' | 'item' }, items: readonly Counts[]): Figure {
  return measure.kind === 'index' ? indexFigure(items) : itemFigure(items[0]);
}

function shownFigure(
  interval: { share: number; low: number; high: number },
  n: number,
  dontKnow: number,
  visibility: Exclude<CellVisibility, 'suppressed'>,
): Figure {
  return { share: interval.share, low: interval.low, high: interval.high, n, dontKnow, visibility };
}

/**
 * The change from `previous` to `current` (Newcombe interval, verdict, verdict in words), or
 * null when either side is suppressed: a change must not reveal what the cell hides.
 */
export function changeOf(current: Figure | undefined, previous: Figure | undefined, locale: Locale): Change {
  const a = intervalOf(current);
  const b = intervalOf(previous);
  if (!a || !b) return null;
  const change = changeBetween(a, b);
  return {
    diff: change.difference,
    low: change.low,
    high: change.high,
    verdict: change.verdict,
    words: changeVerdictWords[locale][change.verdict],
  };
}

function intervalOf(figure: Figure | undefined) {
  if (!figure || figure.share === null || figure.low === null || figure.high === null) return null;
  return { share: figure.share, low: figure.low, high: figure.high };
}

/** Adds counts (e.g. the months of a wave, or areas). */
export function addCounts(a: Counts, b: Counts): Counts {
  return {
    answered: a.answered + b.answered,
    positive: a.positive + b.positive,
    dontKnow: a.dontKnow + b.dontKnow,
  };
}
