import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultThemes } from './default-themes';
import { normalizeKeyword } from './normalize-text';
import { tagText } from './tag-text';

const keywords = defaultThemes.flatMap((theme) =>
  theme.keywords.map((keyword) => ({ theme: theme.key, keyword })),
);

// Words tenants write, keyword-bearing ones among them, in Swedish letters only: upper-casing
// them and lower-casing again gives them back, which is what the case property needs.
const words = fc.constantFrom(
  'det',
  'är',
  'mörkt',
  'vid',
  'trapphuset',
  'ingången',
  'gäng',
  'ungdomsgäng',
  'källarförrådet',
  'killar',
  'som',
  'hänger',
  'inte',
  'bor',
  'här',
  'knark',
  'grannarna',
  'störningar',
  'skräp',
  'klotter',
  'buskar',
  'rån',
  'hotell',
  'hot',
  'mopeder',
  'tvättstugan',
  'ljusa',
  'dagen',
  'p-huset',
  'genomgång',
  'tillgänglig',
  'lampan',
  'klampa',
  'Ö',
  'å',
  'belysningen',
  'sover',
  'i',
  'källaren',
);
const separators = fc.constantFrom(' ', ', ', '. ', '\n', ' - ', '!');
const answer = fc
  .array(fc.tuple(words, separators), { maxLength: 25 })
  .map((pairs) => pairs.map(([word, separator]) => word + separator).join(''));
// Any text at all, with some keyword-bearing words mixed into it.
const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), words), { maxLength: 12 })
  .map((parts) => parts.join(''));

const summary = (text: string) =>
  tagText(text, defaultThemes).map((match) => [match.theme, match.hits.map((hit) => hit.keyword)]);

describe('tagText: properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tagText(text, defaultThemes)).toEqual(tagText(text, defaultThemes));
      }),
    );
  });

  it('gives the same themes and keywords whatever the case and the whitespace', () => {
    const spacing = fc.constantFrom(' ', '  ', '\n', '\t ', '\u00a0', ' \r\n ');
    fc.assert(
      fc.property(answer, spacing, fc.boolean(), (text, space, upper) => {
        const changed = text.replaceAll(' ', space);
        expect(summary(upper ? changed.toUpperCase() : changed)).toEqual(summary(text));
      }),
    );
  });

  it('gives spans within the text whose text is the keyword, inside their word', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const match of tagText(text, defaultThemes)) {
          for (const hit of match.hits) {
            expect(0 <= hit.wordStart && hit.wordStart <= hit.start && hit.start < hit.end).toBe(true);
            expect(hit.end <= hit.wordEnd && hit.wordEnd <= text.length).toBe(true);
            expect(normalizeKeyword(text.slice(hit.start, hit.end))).toBe(normalizeKeyword(hit.keyword));
          }
        }
      }),
    );
  });

  it('finds every default keyword standing alone, in its theme', () => {
    for (const { theme, keyword } of keywords) {
      const found = tagText(`(${keyword.text})`, defaultThemes).find((match) => match.theme === theme);
      expect(
        found?.hits.map((hit) => hit.keyword),
        `${theme}: ${keyword.text}`,
      ).toContain(keyword.text);
    }
  });
});
