import type { StaffText } from '../question-types';

/**
 * How a keyword must sit in the text. Swedish writes compounds as one word with the head last
 * ("källarförrådet", "utebelysningen"), so a per-keyword choice is needed:
 * - word: a whole word, boundaries on both sides ("hot" must not match "hotell").
 * - start: at the start of a word, any ending or compound tail ("trapphuset", "portkoden").
 * - anywhere: also inside a compound ("förråd" in "källarförrådet"). Only for stems that do not
 *   hide inside ordinary words; `except` lists the words where they still would.
 * Boundaries are letters, combining marks and digits; spaces, punctuation and hyphens separate
 * words ("p-platsen" starts a word at "p" and at "platsen").
 */
export const keywordMatches = ['word', 'start', 'anywhere'] as const;
export type KeywordMatch = (typeof keywordMatches)[number];

/** Languages keywords are written in: the staff languages and the commonest tenant languages. */
export type KeywordLanguage = 'sv' | 'en' | 'ar' | 'so' | 'fa';

export type Keyword = {
  /** A stem or phrase as staff read and edit it; matched case-insensitively, whitespace runs as one space. */
  readonly text: string;
  readonly match: KeywordMatch;
  readonly language: KeywordLanguage;
  /** Strings which, where they cover a match, cancel it ("klamp" keeps "lamp" out of "klampa"). */
  readonly except?: readonly string[];
};

export type Theme = {
  /** Stable across waves and organizations: tags, corrections and counts refer to it. */
  readonly key: string;
  readonly name: StaffText;
  /** Empty for themes that only staff set (e.g. "other"). */
  readonly keywords: readonly Keyword[];
};

/** One reason a theme was given: a keyword, where it matched and the word it matched in. Offsets
 * are UTF-16 indexes into the text as given (not the normalized text), end exclusive. */
export type KeywordHit = {
  readonly keyword: string;
  readonly start: number;
  readonly end: number;
  readonly wordStart: number;
  readonly wordEnd: number;
};

export type ThemeMatch = { readonly theme: string; readonly hits: readonly KeywordHit[] };
