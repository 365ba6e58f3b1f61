import { describe, expect, it } from 'vitest';
import { parseW3cDate } from './w3c-date';

const iso = (value: string) => {
  const period = parseW3cDate(value);
  return period && [period.start.toISOString(), period.end.toISOString()];
};

describe('W3C-DTF dates', () => {
  it('reads every granularity the note allows, dates as whole periods', () => {
    expect(iso('2026')).toEqual(['2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
    expect(iso('2026-12')).toEqual(['2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
    expect(iso('2026-12-01')).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z']);
    expect(iso('2026-12-01T10:20+01:00')).toEqual(['2026-12-01T09:20:00.000Z', '2026-12-01T09:20:00.000Z']);
    expect(iso('2026-12-01T10:20:30Z')?.[0]).toBe('2026-12-01T10:20:30.000Z');
    expect(iso('2026-12-01T10:20:30.45-05:30')?.[0]).toBe('2026-12-01T15:50:30.450Z');
  });

  it('refuses what is not a W3C date or not a real one', () => {
    for (const value of [
      'yesterday',
      '2026-13-01',
      '2026-02-30',
      '2026-12-01T25:00Z',
      '2026-12-01T10Z',
      '2026-12-01T10:20',
      '2026-12-01 10:20Z',
      '2026-12-01T10:20+15:00',
      '26-12-01',
    ]) {
      expect(parseW3cDate(value), value).toBeNull();
    }
  });
});
