import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AutoTagged, applyCorrections, type ThemeCorrection } from './apply-corrections';
import { defaultThemes } from './default-themes';
import { tagText } from './tag-text';

const tagged = (id: string, text: string): AutoTagged => ({ id, themes: tagText(text, defaultThemes) });
const keysOf = (result: ReturnType<typeof applyCorrections>[number]) =>
  result.themes.map((entry) => entry.theme);

describe('applyCorrections', () => {
  const texts = [
    tagged('a', 'Det är mörkt i trapphuset'),
    tagged('b', 'Vi har trevliga grannar men mörka portar'),
    tagged('c', 'Jag vet inte'),
  ];

  it('without corrections keeps the keyword themes, marked as such', () => {
    const [a] = applyCorrections(texts, []);
    expect(a.themes.map((entry) => [entry.theme, entry.source])).toEqual([
      ['lighting', 'keyword'],
      ['stairwell_entrance', 'keyword'],
    ]);
    expect(a.removed).toEqual([]);
  });

  it('removes and adds for the named answer only; the removed theme stays visible as overruled', () => {
    const corrections: ThemeCorrection[] = [
      { textId: 'b', theme: 'neighbours_disturbance', action: 'remove' },
      { textId: 'c', theme: 'other', action: 'add' },
    ];
    const [a, b, c] = applyCorrections(texts, corrections);
    expect(keysOf(a)).toEqual(['lighting', 'stairwell_entrance']);
    expect(keysOf(b)).toEqual(['lighting', 'stairwell_entrance']);
    expect(b.removed.map((match) => match.theme)).toEqual(['neighbours_disturbance']);
    expect(c.themes).toEqual([{ theme: 'other', source: 'staff', hits: [] }]);
  });

  it('adding a theme the keywords gave marks it confirmed by staff and keeps its hits', () => {
    const [a] = applyCorrections(texts, [{ textId: 'a', theme: 'lighting', action: 'add' }]);
    expect(a.themes[0].source).toBe('staff');
    expect(a.themes[0].hits.length).toBeGreaterThan(0);
  });

  it('the last correction of an answer and theme wins; unknown answers are ignored', () => {
    const [a] = applyCorrections(texts, [
      { textId: 'a', theme: 'lighting', action: 'remove' },
      { textId: 'a', theme: 'lighting', action: 'add' },
      { textId: 'a', theme: 'stairwell_entrance', action: 'add' },
      { textId: 'a', theme: 'stairwell_entrance', action: 'remove' },
      { textId: 'zz', theme: 'drugs', action: 'add' },
    ]);
    expect(keysOf(a)).toEqual(['lighting']);
  });

  it('property: the final themes are exactly (keywords ∪ added) ∖ removed, by last decision', () => {
    const theme = fc.constantFrom('lighting', 'stairwell_entrance', 'drugs', 'other');
    const correction = fc.record({
      textId: fc.constantFrom('a', 'b', 'c', 'd'),
      theme,
      action: fc.constantFrom('add' as const, 'remove' as const),
    });
    fc.assert(
      fc.property(fc.array(correction, { maxLength: 20 }), (corrections) => {
        for (const result of applyCorrections(texts, corrections)) {
          const automatic =
            texts.find((text) => text.id === result.id)?.themes.map((match) => match.theme) ?? [];
          const last = new Map(
            corrections.filter((c) => c.textId === result.id).map((c) => [c.theme, c.action]),
          );
          const expected = new Set([
            ...automatic,
            ...[...last].filter(([, a]) => a === 'add').map(([t]) => t),
          ]);
          for (const [t, a] of last) if (a === 'remove') expected.delete(t);
          expect(new Set(keysOf(result))).toEqual(expected);
          expect(keysOf(result).length).toBe(expected.size);
        }
      }),
    );
  });
});
