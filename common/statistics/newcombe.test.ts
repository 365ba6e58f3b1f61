import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newcombeInterval } from './newcombe';
import { wilsonInterval } from './wilson';

const count = fc
  .integer({ min: 1, max: 2000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

function newcombe([x1, n1]: [number, number], [x2, n2]: [number, number]) {
  return newcombeInterval(wilsonInterval(x1, n1), wilsonInterval(x2, n2));
}

describe('newcombeInterval: Newcombe (1998) Table II, method 10', () => {
  // The eight contrasts (a)–(h) of Newcombe 1998, Stat Med 17:873–890, Table II, method 10 ("score",
  // hybrid of Wilson intervals). Values as transcribed in the DBCI project's test data
  // (test/test-data/newcombee.csv, row "wilson"); (a) and (b) also in the propint R package's tests,
  // (d) also in the ratesci R package's tests ("Newcombe RD example (d)", moverci type "wilson").
  it.each([
    ['(a)', [56, 70], [48, 80], 0.0524, 0.3339],
    ['(b)', [9, 10], [3, 10], 0.1705, 0.809],
    ['(c)', [6, 7], [2, 7], 0.0582, 0.8062],
    ['(d)', [5, 56], [0, 29], -0.0381, 0.1926],
    ['(e)', [0, 10], [0, 20], -0.1611, 0.2775],
    ['(f)', [0, 10], [0, 10], -0.2775, 0.2775],
    ['(g)', [10, 10], [0, 20], 0.6791, 1],
    ['(h)', [10, 10], [0, 10], 0.6075, 1],
  ] as const)('%s %j − %j → %f to %f', (_, first, second, low, high) => {
    const interval = newcombe([...first], [...second]);
    expect(interval.difference).toBeCloseTo(first[0] / first[1] - second[0] / second[1], 12);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });
});

describe('newcombeInterval: properties', () => {
  it('contains the point difference and lies within [−1, 1]', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const { low, difference, high } = newcombe(a, b);
        return -1 <= low && low <= difference && difference <= high && high <= 1;
      }),
    );
  });

  it('swapping the groups negates the interval exactly', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const forward = newcombe(a, b);
        const backward = newcombe(b, a);
        // === rather than toBe: 0 and −0 are the same difference.
        return (
          backward.difference === -forward.difference &&
          backward.low === -forward.high &&
          backward.high === -forward.low
        );
      }),
    );
  });

  it('is never narrower than the wider of the two Wilson intervals', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const interval = newcombe(a, b);
        const widths = [wilsonInterval(...a), wilsonInterval(...b)].map((w) => w.high - w.low);
        return interval.high - interval.low >= Math.max(...widths) - 1e-12;
      }),
    );
  });

  it('narrows as both groups grow at the same shares', () => {
    fc.assert(
      fc.property(count, count, fc.integer({ min: 2, max: 20 }), ([x1, n1], [x2, n2], k) => {
        const small = newcombe([x1, n1], [x2, n2]);
        const large = newcombe([k * x1, k * n1], [k * x2, k * n2]);
        return large.high - large.low < small.high - small.low;
      }),
    );
  });
});
