/**
 * Text as the tagger compares it: NFC, lower case, every whitespace run as one space. å, ä and ö
 * stay distinct from a and o — they are letters of their own in Swedish ("gäng" is not "gång").
 * `start`/`end` map each UTF-16 unit of the normalized text back to the original, so a match can
 * be highlighted in the text exactly as the tenant wrote it.
 */
export type NormalizedText = {
  readonly text: string;
  readonly start: readonly number[];
  readonly end: readonly number[];
};

// A whitespace run, or one character with its combining marks (decomposed "a\u0308" is "ä").
const cluster = /\s+|\P{M}\p{M}*|\p{M}+/gsu;

export function normalizeWithMap(original: string): NormalizedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  for (const found of original.matchAll(cluster)) {
    const piece = /^\s/u.test(found[0]) ? ' ' : found[0].toLowerCase().normalize('NFC');
    const from = found.index;
    for (let i = 0; i < piece.length; i++) {
      start.push(from);
      end.push(from + found[0].length);
    }
    text += piece;
  }
  return { text, start, end };
}

/** A keyword as it is compared: normalized like the text, without leading or trailing space. */
export function normalizeKeyword(keyword: string): string {
  return normalizeWithMap(keyword).text.trim();
}

const wordCharacter = /^[\p{L}\p{M}\p{N}\u200c\u200d]$/u;

/** Whether the code point starting at `index` is part of a word (false outside the text). */
export function isWordCharacterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const codePoint = text.codePointAt(index);
  return codePoint !== undefined && wordCharacter.test(String.fromCodePoint(codePoint));
}

/** Whether the code point ending just before `index` is part of a word. */
export function isWordCharacterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  return isWordCharacterAt(text, isLowSurrogate && index >= 2 ? index - 2 : index - 1);
}
