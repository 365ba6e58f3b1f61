import { type CompiledKeyword, compileThemes } from './compile-themes';
import {
  isWordCharacterAt,
  isWordCharacterBefore,
  type NormalizedText,
  normalizeWithMap,
} from './normalize-text';
import type { KeywordHit, Theme, ThemeMatch } from './theme-types';

/**
 * The themes a free-text answer is about, each with the keywords that gave it and where they
 * stand in the text — so that staff see why, and can correct it (apply-corrections.ts).
 *
 * Themes come in the given order, only those with at least one hit; hits in text order. Within a
 * theme a hit lying inside another (a "trapp" inside a "trapphus") is dropped, the longer kept.
 * A theme without keywords ("other") is never given here; only staff give it.
 */
export function tagText(text: string, themes: readonly Theme[]): ThemeMatch[] {
  const normalized = normalizeWithMap(text);
  const matches: ThemeMatch[] = [];
  for (const theme of compileThemes(themes)) {
    const hits = theme.keywords.flatMap((keyword) => findHits(normalized, keyword));
    if (hits.length > 0) matches.push({ theme: theme.key, hits: outermost(hits) });
  }
  return matches;
}

type Span = { start: number; end: number };
type NormalizedHit = { keyword: string; match: Span };

function findHits(normalized: NormalizedText, keyword: CompiledKeyword): KeywordHit[] {
  const hits: KeywordHit[] = [];
  const text = normalized.text;
  for (let at = text.indexOf(keyword.text); at !== -1; at = text.indexOf(keyword.text, at + 1)) {
    const match = { start: at, end: at + keyword.text.length };
    if (
      onCharacters(normalized, match) &&
      sitsRight(text, match, keyword) &&
      !excepted(text, match, keyword.except)
    ) {
      hits.push(toOriginal(normalized, { keyword: keyword.source.text, match }));
    }
  }
  return hits;
}

/**
 * Whether the match begins and ends between whole characters of the original text: "gäng" is not
 * in "gän" + "g" with a combining mark, whose last letter is another character than "g".
 */
function onCharacters(normalized: NormalizedText, match: Span): boolean {
  const { start, text } = normalized;
  const startsWhole = match.start === 0 || start[match.start] !== start[match.start - 1];
  const endsWhole = match.end === text.length || start[match.end] !== start[match.end - 1];
  return startsWhole && endsWhole;
}

function sitsRight(text: string, match: Span, keyword: CompiledKeyword): boolean {
  if (keyword.match === 'anywhere') return true;
  if (isWordCharacterBefore(text, match.start)) return false;
  return keyword.match === 'start' || !isWordCharacterAt(text, match.end);
}

/** Whether one of the exceptions occurs in the text covering the whole match. */
function excepted(text: string, match: Span, except: readonly string[]): boolean {
  return except.some((word) => {
    for (let at = Math.max(0, match.end - word.length); at <= match.start; at++) {
      if (text.startsWith(word, at)) return true;
    }
    return false;
  });
}

function toOriginal(normalized: NormalizedText, hit: NormalizedHit): KeywordHit {
  const text = normalized.text;
  let wordStart = hit.match.start;
  while (isWordCharacterBefore(text, wordStart)) wordStart -= isLowSurrogate(text, wordStart - 1) ? 2 : 1;
  let wordEnd = hit.match.end;
  while (isWordCharacterAt(text, wordEnd)) wordEnd += (text.codePointAt(wordEnd) ?? 0) > 0xffff ? 2 : 1;
  return {
    keyword: hit.keyword,
    start: normalized.start[hit.match.start],
    end: normalized.end[hit.match.end - 1],
    wordStart: normalized.start[wordStart],
    wordEnd: normalized.end[wordEnd - 1],
  };
}

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff && index > 0;
}

/** In text order; drops every hit that lies within another (ties: the earlier keyword stays). */
function outermost(hits: KeywordHit[]): KeywordHit[] {
  const ordered = hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end || a.index - b.index)
    .map(({ hit }) => hit);
  return ordered.filter(
    (hit, i) => !ordered.some((other, j) => j < i && other.start <= hit.start && hit.end <= other.end),
  );
}
