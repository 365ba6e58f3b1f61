import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellVisibility, minimumCellSize, steppedCount } from './cell-visibility';
import { type PartVisibility, suppressParts } from './suppression';

const parts = (...ns: number[]) => ns.map((n, i) => ({ key: `b${i}`, n }));
const suppressedKeys = (result: PartVisibility<string>[]) =>
  result.filter((part) => part.visibility === 'suppressed').map((part) => part.key);

describe('cellVisibility', () => {
  it.each([
    [0, 'suppressed'],
    [4, 'suppressed'],
    [5, 'uncertain'],
    [29, 'uncertain'],
    [30, 'shown'],
    [5000, 'shown'],
  ] as const)('n = %i → %s', (n, visibility) => {
    expect(cellVisibility(n)).toBe(visibility);
  });

  it.each([-1, 2.5, Number.NaN])('throws a RangeError for n = %f', (n) => {
    expect(() => cellVisibility(n)).toThrow(RangeError);
  });
});

describe('steppedCount', () => {
  it('rounds a live count down to a step of five, never leaving 1–4', () => {
    expect([0, 1, 4, 5, 9, 10, 14, 15].map(steppedCount)).toEqual([0, 0, 0, 5, 5, 10, 10, 15]);
    expect(() => steppedCount(-1)).toThrow(RangeError);
    expect(() => steppedCount(2.5)).toThrow(RangeError);
  });
});

describe('suppressParts', () => {
  it('suppresses nothing when every part has at least 5 answers', () => {
    expect(suppressedKeys(suppressParts(95, parts(40, 30, 25)))).toEqual([]);
    expect(suppressParts(95, parts(40, 30, 25)).map((p) => p.visibility)).toEqual([
      'shown',
      'shown',
      'uncertain',
    ]);
  });

  it('hides a small building and, so it cannot be subtracted out, the next smallest one', () => {
    const result = suppressParts(80, parts(40, 3, 25, 12));
    expect(suppressedKeys(result)).toEqual(['b1', 'b3']);
    expect(result[1].reason).toBe('too_few');
    expect(result[3].reason).toBe('secondary');
  });

  it('needs no secondary suppression when the hidden parts together have 5 or more answers', () => {
    expect(suppressedKeys(suppressParts(47, parts(40, 3, 4)))).toEqual(['b1', 'b2']);
  });

  it('adds parts until the hidden answers reach 5 (1 + 2 is still recoverable as a group of 3)', () => {
    expect(suppressedKeys(suppressParts(53, parts(40, 1, 2, 10)))).toEqual(['b1', 'b2', 'b3']);
  });

  it('counts answers without a part (e.g. no building given) as hidden', () => {
    // 3 answers have no building: visible 40 + 30 would reveal them as total − 70.
    expect(suppressedKeys(suppressParts(73, parts(40, 30)))).toEqual(['b1']);
    // 6 answers without building already hide the 2-answer part.
    expect(suppressedKeys(suppressParts(78, parts(40, 30, 2)))).toEqual(['b2']);
  });

  it('a part with no answers hides nobody and needs no partner', () => {
    const result = suppressParts(70, parts(40, 30, 0));
    expect(suppressedKeys(result)).toEqual(['b2']);
    expect(result[2].reason).toBe('too_few');
  });

  it('suppresses everything when the total is below 5', () => {
    expect(suppressedKeys(suppressParts(4, parts(1, 3)))).toEqual(['b0', 'b1']);
  });

  it('breaks ties by the given order', () => {
    expect(suppressedKeys(suppressParts(23, parts(10, 3, 10)))).toEqual(['b0', 'b1']);
  });

  it('throws a RangeError when the parts exceed the total or are not counts', () => {
    expect(() => suppressParts(10, parts(6, 5))).toThrow(RangeError);
    expect(() => suppressParts(10, parts(-1))).toThrow(RangeError);
    expect(() => suppressParts(10.5, parts(1))).toThrow(RangeError);
  });
});

describe('suppressParts: properties', () => {
  const scenario = fc
    .array(fc.integer({ min: 0, max: 60 }), { maxLength: 12 })
    .chain((ns) => fc.tuple(fc.constant(ns), fc.integer({ min: 0, max: 8 })));

  it('never shows a part with fewer than 5 answers, and gives a reason for every suppression', () => {
    fc.assert(
      fc.property(scenario, ([ns, unassigned]) => {
        const total = ns.reduce((a, b) => a + b, 0) + unassigned;
        return suppressParts(total, parts(...ns)).every((p) =>
          p.visibility === 'suppressed' ? p.reason !== null : p.reason === null && p.n >= minimumCellSize,
        );
      }),
    );
  });

  it('leaves nothing recoverable: total − visible is 0 or at least 5, unless nothing is visible', () => {
    fc.assert(
      fc.property(scenario, ([ns, unassigned]) => {
        const total = ns.reduce((a, b) => a + b, 0) + unassigned;
        const result = suppressParts(total, parts(...ns));
        const visible = result.filter((p) => p.visibility !== 'suppressed');
        const hidden = total - visible.reduce((sum, p) => sum + p.n, 0);
        return visible.length === 0 || hidden === 0 || hidden >= minimumCellSize;
      }),
    );
  });

  it('never leaves exactly one suppressed part with answers beside visible siblings', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 12 }), (ns) => {
        const total = ns.reduce((a, b) => a + b, 0);
        const result = suppressParts(total, parts(...ns));
        const suppressedWithAnswers = result.filter((p) => p.visibility === 'suppressed' && p.n > 0);
        const visible = result.filter((p) => p.visibility !== 'suppressed');
        return suppressedWithAnswers.length !== 1 || visible.length === 0;
      }),
    );
  });

  it('suppresses only what it must: no secondary suppression without a small hidden remainder', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5, max: 60 }), { maxLength: 12 }), (ns) => {
        const total = ns.reduce((a, b) => a + b, 0);
        return suppressParts(total, parts(...ns)).every((p) => p.visibility !== 'suppressed');
      }),
    );
  });

  it('keeps the parts and their order', () => {
    fc.assert(
      fc.property(scenario, ([ns, unassigned]) => {
        const total = ns.reduce((a, b) => a + b, 0) + unassigned;
        const result = suppressParts(total, parts(...ns));
        expect(result.map((p) => [p.key, p.n])).toEqual(parts(...ns).map((p) => [p.key, p.n]));
      }),
    );
  });
});
