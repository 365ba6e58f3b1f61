import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeBetween } from './change';
import { changeVerdict, changeVerdicts } from './verdict';
import { changeVerdictWords } from './verdict-words';
import { wilsonInterval } from './wilson';

const count = fc
  .integer({ min: 1, max: 2000 })
  .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe('changeVerdict', () => {
  it.each([
    [0.01, 0.2, 'certain_increase'],
    [-0.2, -0.01, 'certain_decrease'],
    [-0.1, 0.1, 'no_certain_change'],
    [0, 0.3, 'no_certain_change'],
    [-0.3, 0, 'no_certain_change'],
  ] as const)('[%f, %f] → %s', (low, high, verdict) => {
    expect(changeVerdict({ low, high })).toBe(verdict);
  });

  it('has Swedish and English words for every verdict', () => {
    expect(changeVerdictWords.sv).toEqual({
      certain_increase: 'säker ökning',
      no_certain_change: 'ingen säker förändring',
      certain_decrease: 'säker minskning',
    });
    expect(changeVerdictWords.en).toEqual({
      certain_increase: 'certain increase',
      no_certain_change: 'no certain change',
      certain_decrease: 'certain decrease',
    });
    for (const verdict of changeVerdicts) expect(changeVerdictWords.en[verdict]).toBeTruthy();
  });
});

describe('changeBetween', () => {
  it('calls 56/70 against 48/80 a certain increase (interval 0.0524 to 0.3339)', () => {
    const change = changeBetween(wilsonInterval(56, 70), wilsonInterval(48, 80));
    expect(change.difference).toBeCloseTo(0.2, 12);
    expect(change.verdict).toBe('certain_increase');
  });

  it('calls 5/56 against 0/29 no certain change (interval −0.0381 to 0.1926)', () => {
    expect(changeBetween(wilsonInterval(5, 56), wilsonInterval(0, 29)).verdict).toBe('no_certain_change');
  });

  it('calls a drop from 64 % to 46 % of 300 answers a certain decrease', () => {
    expect(changeBetween(wilsonInterval(138, 300), wilsonInterval(192, 300)).verdict).toBe(
      'certain_decrease',
    );
  });

  it('the verdict agrees with the interval and with the sign of the difference', () => {
    fc.assert(
      fc.property(count, count, ([x1, n1], [x2, n2]) => {
        const change = changeBetween(wilsonInterval(x1, n1), wilsonInterval(x2, n2));
        switch (change.verdict) {
          case 'certain_increase':
            return change.low > 0 && change.difference > 0;
          case 'certain_decrease':
            return change.high < 0 && change.difference < 0;
          case 'no_certain_change':
            return change.low <= 0 && change.high >= 0;
        }
      }),
    );
  });

  it('no change at all is never a certain change', () => {
    fc.assert(
      fc.property(
        count,
        ([x, n]) => changeBetween(wilsonInterval(x, n), wilsonInterval(x, n)).verdict === 'no_certain_change',
      ),
    );
  });

  it('swapping the periods swaps increase and decrease', () => {
    const opposite = {
      certain_increase: 'certain_decrease',
      certain_decrease: 'certain_increase',
      no_certain_change: 'no_certain_change',
    };
    fc.assert(
      fc.property(count, count, ([x1, n1], [x2, n2]) => {
        const forward = changeBetween(wilsonInterval(x1, n1), wilsonInterval(x2, n2));
        const backward = changeBetween(wilsonInterval(x2, n2), wilsonInterval(x1, n1));
        return backward.verdict === opposite[forward.verdict];
      }),
    );
  });
});
