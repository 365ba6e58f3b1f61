import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeBetween } from './change';
import { compositeIndex } from './composite-index';
import { wilsonInterval } from './wilson';

const item = fc
  .integer({ min: 0, max: 500 })
  .chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), n: fc.constant(n) }));

describe('compositeIndex', () => {
  it('is the mean of the item shares, not the pooled share', () => {
    // Pooled would be 60/120 = 0.5; the index weights each item equally: (0.8 + 0.3) / 2.
    const index = compositeIndex([
      { successes: 16, n: 20 },
      { successes: 30, n: 100 },
    ]);
    expect(index?.share).toBeCloseTo(0.55, 12);
    expect(index?.items).toBe(2);
    expect(index?.n).toBe(20);
  });

  it('leaves out items that nobody answered outside vet ej', () => {
    const index = compositeIndex([
      { successes: 40, n: 50 },
      { successes: 0, n: 0 },
    ]);
    expect(index).toMatchObject({ share: 0.8, items: 1, n: 50 });
  });

  it('is null when no item has an answer', () => {
    expect(compositeIndex([])).toBeNull();
    expect(compositeIndex([{ successes: 0, n: 0 }])).toBeNull();
  });

  it('with one item equals that item’s Wilson interval', () => {
    const index = compositeIndex([{ successes: 56, n: 70 }]);
    const wilson = wilsonInterval(56, 70);
    expect(index?.low).toBeCloseTo(wilson.low, 12);
    expect(index?.high).toBeCloseTo(wilson.high, 12);
  });

  it('is exactly 0 or 1 at the edges', () => {
    expect(
      compositeIndex([
        { successes: 0, n: 10 },
        { successes: 0, n: 7 },
      ]),
    ).toMatchObject({ share: 0, low: 0 });
    expect(
      compositeIndex([
        { successes: 10, n: 10 },
        { successes: 7, n: 7 },
      ]),
    ).toMatchObject({ share: 1, high: 1 });
  });

  it('throws a RangeError for impossible counts', () => {
    expect(() => compositeIndex([{ successes: 6, n: 5 }])).toThrow(RangeError);
    expect(() => compositeIndex([{ successes: -1, n: 5 }])).toThrow(RangeError);
    expect(() => compositeIndex([{ successes: 1.5, n: 5 }])).toThrow(RangeError);
    expect(() => compositeIndex([{ successes: 0, n: -2 }])).toThrow(RangeError);
  });

  it('feeds changeBetween like an item does', () => {
    const now = compositeIndex([
      { successes: 160, n: 200 },
      { successes: 150, n: 200 },
    ]);
    const before = compositeIndex([
      { successes: 100, n: 200 },
      { successes: 110, n: 200 },
    ]);
    if (!now || !before) throw new Error('expected both indexes');
    expect(changeBetween(now, before).verdict).toBe('certain_increase');
  });

  it('properties: within [0, 1], between the smallest and largest item share, interval around it', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), (items) => {
        const index = compositeIndex(items);
        const shares = items.filter((i) => i.n > 0).map((i) => i.successes / i.n);
        if (shares.length === 0) return index === null;
        if (!index) return false;
        return (
          0 <= index.low &&
          index.low <= index.share &&
          index.share <= index.high &&
          index.high <= 1 &&
          index.share >= Math.min(...shares) - 1e-12 &&
          index.share <= Math.max(...shares) + 1e-12 &&
          index.items === shares.length
        );
      }),
    );
  });

  it('property: more answers to every item at the same shares narrow the interval', () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 2, max: 10 }),
        (items, k) => {
          const small = compositeIndex(items);
          const large = compositeIndex(items.map((i) => ({ successes: k * i.successes, n: k * i.n })));
          if (!small || !large) return small === large;
          return large.high - large.low < small.high - small.low;
        },
      ),
    );
  });
});
