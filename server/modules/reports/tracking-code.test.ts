import { describe, expect, it } from 'vitest';
import { newTrackingCode, normalizeTrackingCode, trackingAlphabet } from './tracking-code';

describe('tracking codes', () => {
  it('are 10 unambiguous symbols shown as XXXXX-XXXXX, with at least 48 bits', () => {
    expect(trackingAlphabet).not.toMatch(/[01OIL]/);
    expect(10 * Math.log2(trackingAlphabet.length)).toBeGreaterThanOrEqual(48);
    const codes = new Set(Array.from({ length: 2000 }, newTrackingCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  it('are found whatever case, dashes and spaces were typed', () => {
    const code = newTrackingCode();
    for (const typed of [code, code.toLowerCase(), code.replace('-', ''), ` ${code.replace('-', ' ')} `]) {
      expect(normalizeTrackingCode(typed)).toBe(code);
    }
    expect(normalizeTrackingCode('ABCDE-FGHJ')).toBeNull();
    expect(normalizeTrackingCode('ABCDE-FGHJ0')).toBeNull();
    expect(normalizeTrackingCode('%%%%%-%%%%%')).toBeNull();
  });
});
