import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimumCellSize } from '../../../common/statistics';
import type { Counts } from './figures';
import { hiddenParts, partFigures } from './part-suppression';

const c = (answered: number, positive = Math.floor(answered / 2)): Counts => ({
  answered,
  positive,
  dontKnow: 0,
});
const item = { kind: 'item' as const };
const index = { kind: 'index' as const };

describe('hiddenParts', () => {
  it('hides a building with 3 answers and the sibling that would reveal it by subtraction', () => {
    const parts = [
      { key: 'big', counts: [c(40)] },
      { key: 'tiny', counts: [c(3)] },
      { key: 'small', counts: [c(20)] },
    ];
    expect([...hiddenParts([c(63)], parts)].sort()).toEqual(['small', 'tiny']);
    const figures = partFigures(item, [c(63)], parts);
    expect(figures.get('big')?.visibility).toBe('shown');
    expect(figures.get('small')?.share).toBeNull();
    expect(figures.get('tiny')?.n).toBeNull();
  });

  it('hides nothing when every part has at least 5 answers and all answers are in parts', () => {
    expect(
      hiddenParts(
        [c(45)],
        [
          { key: 'a', counts: [c(40)] },
          { key: 'b', counts: [c(5)] },
        ],
      ).size,
    ).toBe(0);
  });

  it('hides every part when the total itself is hidden', () => {
    const parts = [
      { key: 'a', counts: [c(40)] },
      { key: 'b', counts: [c(40)] },
    ];
    expect(hiddenParts([c(80)], parts, true).size).toBe(2);
  });

  it('for an index, a part hidden for one item is hidden for all, and the others are checked again', () => {
    // Item 1: b has 3 answers → b hidden, a hidden too (remainder 3). Item 2 alone would hide
    // nothing; with a and b hidden its remainder is 4 + 30 ≥ 5, so c stays.
    const parts = [
      { key: 'a', counts: [c(10), c(4 + 26)] },
      { key: 'b', counts: [c(3), c(30)] },
      { key: 'c', counts: [c(40), c(40)] },
    ];
    const hidden = hiddenParts([c(53), c(100)], parts);
    expect([...hidden].sort()).toEqual(['a', 'b']);
  });

  it('a part without answers to one item of an index is not hidden for that alone', () => {
    const parts = [
      { key: 'a', counts: [c(40), c(0)] },
      { key: 'b', counts: [c(40), c(30)] },
    ];
    expect(hiddenParts([c(80), c(30)], parts).size).toBe(0);
    expect(partFigures(index, [c(80), c(30)], parts).get('a')?.n).toBe(40);
  });

  const scenario = fc
    .array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 3, maxLength: 3 }), { maxLength: 10 })
    .chain((ns) =>
      fc.tuple(fc.constant(ns), fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 3, maxLength: 3 })),
    );

  it('property: for every item, total − shown parts is 0 or ≥ 5 unless nothing is shown; no shown part < 5', () => {
    fc.assert(
      fc.property(scenario, ([ns, unassigned]) => {
        const parts = ns.map((row, i) => ({ key: i, counts: row.map((n) => c(n)) }));
        const totals = [0, 1, 2].map((item) =>
          c(ns.reduce((sum, row) => sum + row[item], 0) + unassigned[item]),
        );
        // As the callers do: a total with 1–4 answers to an item is not shown (an index's n is its
        // smallest item base), and then neither is any part.
        const totalHidden = totals.some((t) => t.answered > 0 && t.answered < minimumCellSize);
        const hidden = hiddenParts(totals, parts, totalHidden);
        const shown = parts.filter((part) => !hidden.has(part.key));
        if (shown.length === 0) return true;
        return totals.every((total, item) => {
          const remainder = total.answered - shown.reduce((sum, part) => sum + part.counts[item].answered, 0);
          const smallShown = shown.some(
            (p) => p.counts[item].answered > 0 && p.counts[item].answered < minimumCellSize,
          );
          return !smallShown && (remainder === 0 || remainder >= minimumCellSize);
        });
      }),
    );
  });
});
