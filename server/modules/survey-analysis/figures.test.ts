import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeIndex, wilsonInterval } from '../../../common/statistics';
import { type Counts, changeOf, indexFigure, itemFigure, suppressedFigure } from './figures';
import { quartiles } from './quartiles';

const counts = (positive: number, answered: number, dontKnow = 0): Counts => ({
  positive,
  answered,
  dontKnow,
});
const countsArb = fc
  .integer({ min: 0, max: 400 })
  .chain((n) =>
    fc.record({ answered: fc.constant(n), positive: fc.integer({ min: 0, max: n }), dontKnow: fc.nat(20) }),
  );

describe('itemFigure', () => {
  it('is the Wilson interval of positive of answered, with n and "vet ej"', () => {
    const wilson = wilsonInterval(56, 70);
    expect(itemFigure(counts(56, 70, 3))).toEqual({
      share: wilson.share,
      low: wilson.low,
      high: wilson.high,
      n: 70,
      dontKnow: 3,
      visibility: 'shown',
    });
  });

  it('hides everything below 5 answers and flags fewer than 30 as uncertain', () => {
    expect(itemFigure(counts(3, 4, 9))).toEqual(suppressedFigure);
    expect(itemFigure(counts(0, 0, 9))).toEqual(suppressedFigure);
    expect(itemFigure(counts(3, 5)).visibility).toBe('uncertain');
    expect(itemFigure(counts(20, 29)).visibility).toBe('uncertain');
    expect(itemFigure(counts(20, 30)).visibility).toBe('shown');
  });

  it('property: a suppressed figure has no number at all; a shown one lies within [0, 1]', () => {
    fc.assert(
      fc.property(countsArb, (c) => {
        const figure = itemFigure(c);
        if (figure.visibility === 'suppressed') {
          return [figure.share, figure.low, figure.high, figure.n, figure.dontKnow].every((v) => v === null);
        }
        return (
          c.answered >= 5 && 0 <= (figure.low ?? -1) && (figure.high ?? 2) <= 1 && figure.n === c.answered
        );
      }),
    );
  });
});

describe('indexFigure', () => {
  it('is compositeIndex over the items, n the smallest base', () => {
    const items = [counts(40, 50, 1), counts(30, 60, 5)];
    const index = compositeIndex([
      { successes: 40, n: 50 },
      { successes: 30, n: 60 },
    ]);
    expect(indexFigure(items)).toMatchObject({ share: index?.share, low: index?.low, n: 50, dontKnow: 5 });
  });

  it('is suppressed when the smallest answered item has fewer than 5 answers, or nobody answered', () => {
    expect(indexFigure([counts(40, 50), counts(2, 4)])).toEqual(suppressedFigure);
    expect(indexFigure([counts(0, 0, 7)])).toEqual(suppressedFigure);
  });

  it('property: a shown index lies between its smallest and largest item share', () => {
    fc.assert(
      fc.property(fc.array(countsArb, { minLength: 1, maxLength: 6 }), (items) => {
        const figure = indexFigure(items);
        if (figure.share === null) return true;
        const shares = items.filter((i) => i.answered > 0).map((i) => i.positive / i.answered);
        return figure.share >= Math.min(...shares) - 1e-12 && figure.share <= Math.max(...shares) + 1e-12;
      }),
    );
  });
});

describe('changeOf', () => {
  it('gives the Newcombe interval and the verdict in the request language', () => {
    const down = changeOf(itemFigure(counts(50, 100)), itemFigure(counts(80, 100)), 'sv');
    expect(down).toMatchObject({ verdict: 'certain_decrease', words: 'säker minskning' });
    expect(down?.diff).toBeCloseTo(-0.3, 12);
    const up = changeOf(itemFigure(counts(80, 100)), itemFigure(counts(50, 100)), 'en');
    expect(up).toMatchObject({ verdict: 'certain_increase', words: 'certain increase' });
    const flat = changeOf(itemFigure(counts(52, 100)), itemFigure(counts(50, 100)), 'en');
    expect(flat).toMatchObject({ verdict: 'no_certain_change', words: 'no certain change' });
  });

  it('is null when either side is suppressed, so a change never reveals a hidden cell', () => {
    expect(changeOf(itemFigure(counts(2, 4)), itemFigure(counts(50, 100)), 'en')).toBeNull();
    expect(changeOf(itemFigure(counts(50, 100)), suppressedFigure, 'en')).toBeNull();
    expect(changeOf(itemFigure(counts(50, 100)), undefined, 'en')).toBeNull();
  });

  it('property: the interval contains the difference and the verdict agrees with it', () => {
    fc.assert(
      fc.property(countsArb, countsArb, (a, b) => {
        const change = changeOf(itemFigure(a), itemFigure(b), 'en');
        if (!change) return a.answered < 5 || b.answered < 5;
        const sideOk = change.low <= change.diff && change.diff <= change.high;
        if (change.verdict === 'certain_decrease') return sideOk && change.high < 0;
        if (change.verdict === 'certain_increase') return sideOk && change.low > 0;
        return sideOk && change.low <= 0 && change.high >= 0;
      }),
    );
  });
});

describe('quartiles', () => {
  it('interpolates like R type 7', () => {
    expect(quartiles([0.5, 0.6, 0.7, 0.8, 0.9])).toEqual({ q1: 0.6, median: 0.7, q3: 0.8 });
    const even = quartiles([1, 2, 3, 4]);
    expect(even.median).toBe(2.5);
    expect(even.q1).toBe(1.75);
    expect(even.q3).toBe(3.25);
  });

  it('property: q1 ≤ median ≤ q3 within the range of the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (values) => {
          const q = quartiles(values);
          return (
            Math.min(...values) <= q.q1 && q.q1 <= q.median && q.median <= q.q3 && q.q3 <= Math.max(...values)
          );
        },
      ),
    );
  });
});
