import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonBounds, wilsonInterval } from './wilson';

const count = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe('wilsonInterval: published values', () => {
  // Newcombe 1998a (Stat Med 17:857–872), method 3, as asserted to 4 decimals by the propint R
  // package's tests ("ci.one.prop produces the results reported in Newcombe1998").
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
  ])('%i/%i → %f to %f', (x, n, low, high) => {
    const interval = wilsonInterval(x, n);
    expect(interval.share).toBe(x / n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('84/101 matches the reference values of the DBCI test data to 12 decimals', () => {
    const interval = wilsonInterval(84, 101);
    expect(interval.low).toBeCloseTo(0.746887910813618, 12);
    expect(interval.high).toBeCloseTo(0.892172254445884, 12);
  });
});

describe('wilsonInterval: edges and bad input', () => {
  it('is exactly 0 below at 0 successes and exactly 1 above at n successes', () => {
    expect(wilsonInterval(0, 20)).toMatchObject({ share: 0, low: 0 });
    expect(wilsonInterval(0, 20).high).toBeCloseTo(0.1611, 4);
    expect(wilsonInterval(20, 20)).toMatchObject({ share: 1, high: 1 });
    expect(wilsonInterval(20, 20).low).toBeCloseTo(1 - 0.1611, 4);
  });

  it('carries its counts', () => {
    expect(wilsonInterval(3, 7)).toMatchObject({ successes: 3, n: 7 });
  });

  it.each([
    [0, 0],
    [-1, 5],
    [6, 5],
    [1.5, 5],
    [1, 5.5],
    [Number.NaN, 5],
    [1, Number.POSITIVE_INFINITY],
  ])('throws a RangeError for %f of %f', (x, n) => {
    expect(() => wilsonInterval(x, n)).toThrow(RangeError);
  });

  it('throws for a z that is not positive', () => {
    expect(() => wilsonInterval(1, 5, 0)).toThrow(RangeError);
    expect(() => wilsonBounds(0.5, 5, Number.NaN)).toThrow(RangeError);
  });

  it('a wider confidence level gives a wider interval', () => {
    const ninety = wilsonInterval(30, 100, 1.6448536269514722);
    const ninetyFive = wilsonInterval(30, 100);
    expect(ninety.low).toBeGreaterThan(ninetyFive.low);
    expect(ninety.high).toBeLessThan(ninetyFive.high);
  });
});

describe('wilsonInterval: properties', () => {
  it('0 ≤ low ≤ share ≤ high ≤ 1', () => {
    fc.assert(
      fc.property(count, ([x, n]) => {
        const { low, share, high } = wilsonInterval(x, n);
        return 0 <= low && low <= share && share <= high && high <= 1;
      }),
    );
  });

  it('is strictly inside (0, 1) and around the share unless the share is 0 or 1', () => {
    fc.assert(
      fc.property(count, ([x, n]) => {
        fc.pre(x > 0 && x < n);
        const { low, share, high } = wilsonInterval(x, n);
        return 0 < low && low < share && share < high && high < 1;
      }),
    );
  });

  it('mirrors: the interval of n − x is 1 minus the interval of x', () => {
    fc.assert(
      fc.property(count, ([x, n]) => {
        const interval = wilsonInterval(x, n);
        const mirror = wilsonInterval(n - x, n);
        expect(mirror.low).toBeCloseTo(1 - interval.high, 12);
        expect(mirror.high).toBeCloseTo(1 - interval.low, 12);
      }),
    );
  });

  it('narrows as n grows at the same share', () => {
    fc.assert(
      fc.property(count, fc.integer({ min: 2, max: 50 }), ([x, n], k) => {
        const small = wilsonInterval(x, n);
        const large = wilsonInterval(k * x, k * n);
        return large.high - large.low < small.high - small.low;
      }),
    );
  });
});
