import { describe, expect, it } from 'vitest';
import { answeredMonth, isMonth } from './answered-month';

describe('answeredMonth', () => {
  it('keeps only the month of the date forms vendor files use', () => {
    for (const text of ['2019-03-14', '2019-3-1', '2019/03/14', '20190314', '2019-03', '201903', '14.3.2019'])
      expect(answeredMonth(text)).toBe('2019-03');
    expect(answeredMonth('2019-03-14 23:59')).toBe('2019-03');
    expect(answeredMonth('2019-03-14T10:22:05.123Z')).toBe('2019-03');
    expect(answeredMonth('2020-02-29')).toBe('2020-02');
  });

  it('refuses impossible dates, ambiguous slashes and anything else', () => {
    for (const text of [
      '2019-02-29',
      '2019-13',
      '2019-00-10',
      '2019-04-31',
      '03/04/2019',
      '1889-01',
      '2019',
      'mars 2019',
      '',
    ])
      expect(answeredMonth(text)).toBeNull();
  });

  it('takes exactly YYYY-MM as a month for the whole file', () => {
    expect(isMonth('2018-11')).toBe(true);
    expect(isMonth('2018-1')).toBe(false);
    expect(isMonth('2018-13')).toBe(false);
  });
});
