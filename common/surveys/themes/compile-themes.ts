import { normalizeKeyword } from './normalize-text';
import type { Keyword, KeywordMatch, Theme } from './theme-types';

export type CompiledKeyword = {
  readonly source: Keyword;
  readonly text: string;
  readonly match: KeywordMatch;
  readonly except: readonly string[];
};

export type CompiledTheme = { readonly key: string; readonly keywords: readonly CompiledKeyword[] };

// Tagging 16,000 answers against the same themes should normalize the keywords once.
const cache = new WeakMap<readonly Theme[], readonly CompiledTheme[]>();

/**
 * Normalizes every keyword the way texts are normalized. Throws a RangeError on a duplicate theme
 * key or an empty keyword (it would match everywhere); the stored-keyword contract should refuse
 * those before they get here.
 */
export function compileThemes(themes: readonly Theme[]): readonly CompiledTheme[] {
  const cached = cache.get(themes);
  if (cached) return cached;
  const keys = new Set<string>();
  const compiled = themes.map((theme) => {
    if (keys.has(theme.key)) throw new RangeError(`duplicate theme key "${theme.key}"`);
    keys.add(theme.key);
    return { key: theme.key, keywords: theme.keywords.map((keyword) => compileKeyword(theme.key, keyword)) };
  });
  cache.set(themes, compiled);
  return compiled;
}

function compileKeyword(theme: string, keyword: Keyword): CompiledKeyword {
  const text = normalizeKeyword(keyword.text);
  if (text === '') throw new RangeError(`empty keyword in theme "${theme}"`);
  const except = (keyword.except ?? []).map(normalizeKeyword).filter((word) => word !== '');
  return { source: keyword, text, match: keyword.match, except };
}
