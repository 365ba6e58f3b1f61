import { describe, expect, it } from 'vitest';
import { countThemes } from './count-themes';

const answer = (...themes: string[]) => ({ themes: themes.map((theme) => ({ theme })) });
const repeat = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

describe('countThemes', () => {
  it('counts each answer once per theme and hides counts under 5 as "<5"', () => {
    const texts = [
      ...repeat(6, answer('lighting', 'stairwell_entrance')),
      ...repeat(30, answer('lighting')),
      ...repeat(4, answer('drugs', 'drugs')),
      ...repeat(5, answer()),
    ];
    const counts = countThemes(texts, ['lighting', 'stairwell_entrance', 'drugs', 'traffic']);
    expect(counts.texts).toBe(45);
    expect(counts.untagged).toBe(5);
    expect(counts.themes).toEqual([
      { theme: 'lighting', count: 36, visibility: 'shown' },
      { theme: 'stairwell_entrance', count: 6, visibility: 'uncertain' },
      { theme: 'drugs', count: '<5', visibility: 'suppressed' },
      { theme: 'traffic', count: '<5', visibility: 'suppressed' },
    ]);
  });

  it('with fewer than 5 answers shows nothing, the total included', () => {
    const counts = countThemes(repeat(4, answer('lighting')), ['lighting']);
    expect(counts).toEqual({
      texts: '<5',
      untagged: '<5',
      themes: [{ theme: 'lighting', count: '<5', visibility: 'suppressed' }],
    });
  });

  it('ignores themes that are not asked for, and still counts the answer as tagged', () => {
    const counts = countThemes(repeat(5, answer('deleted_theme')), ['lighting']);
    expect(counts.untagged).toBe('<5');
    expect(counts.themes).toEqual([{ theme: 'lighting', count: '<5', visibility: 'suppressed' }]);
  });
});
