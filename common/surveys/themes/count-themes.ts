import { type CellVisibility, cellVisibility } from '../../statistics/cell-visibility';

/** What `countThemes` needs of an answer: the themes it finally has (see applyCorrections). */
export type Themed = { readonly themes: readonly { readonly theme: string }[] };

/** A count as it may be shown: the number, or "<5" when fewer than 5 answers (0 included, as
 * `cellVisibility` rules) — the same rule as every other figure. */
export type ShownCount = number | '<5';

export type ThemeCount = {
  readonly theme: string;
  readonly count: ShownCount;
  readonly visibility: CellVisibility;
};

export type ThemeCounts = {
  readonly texts: ShownCount;
  /** Answers with no theme at all: what staff still have to read and tag by hand. */
  readonly untagged: ShownCount;
  /** One row per theme key, in the given order; an answer counts once per theme. */
  readonly themes: readonly ThemeCount[];
};

/**
 * How many answers mention each theme. Themes overlap (one answer may be about lighting and the
 * stairwell), so the rows are not parts of the total and do not add up to it; secondary
 * suppression by subtraction (statistics/suppression.ts) does not apply across them. Keys not
 * in `themeKeys` (e.g. a theme since deleted) are not counted.
 */
export function countThemes(texts: readonly Themed[], themeKeys: readonly string[]): ThemeCounts {
  const counts = new Map(themeKeys.map((key) => [key, 0]));
  let untagged = 0;
  for (const text of texts) {
    const themes = new Set(text.themes.map((entry) => entry.theme));
    if (themes.size === 0) untagged++;
    for (const theme of themes) {
      const count = counts.get(theme);
      if (count !== undefined) counts.set(theme, count + 1);
    }
  }
  return {
    texts: shown(texts.length),
    untagged: shown(untagged),
    themes: themeKeys.map((theme) => {
      const n = counts.get(theme) ?? 0;
      return { theme, count: shown(n), visibility: cellVisibility(n) };
    }),
  };
}

function shown(n: number): ShownCount {
  return cellVisibility(n) === 'suppressed' ? '<5' : n;
}
