import type { KeywordHit, ThemeMatch } from './theme-types';

/** A free-text answer with the themes the keywords gave it (tagText). */
export type AutoTagged = { readonly id: string; readonly themes: readonly ThemeMatch[] };

/** A staff decision about one answer: it is (add) or is not (remove) about a theme. */
export type ThemeCorrection = {
  readonly textId: string;
  readonly theme: string;
  readonly action: 'add' | 'remove';
};

/** keyword: given by keywords and not overruled · staff: given by staff (hits, if any, are the
 * keywords that matched too — staff confirmed them). */
export type FinalTheme = {
  readonly theme: string;
  readonly source: 'keyword' | 'staff';
  readonly hits: readonly KeywordHit[];
};

export type FinalTagged = {
  readonly id: string;
  readonly themes: readonly FinalTheme[];
  /** Themes the keywords gave but staff removed — kept so the list can show what was overruled. */
  readonly removed: readonly ThemeMatch[];
};

/**
 * The final themes of each answer: staff corrections win over keywords. Corrections come in the
 * order they were made; for the same answer and theme the last one counts. Corrections for
 * answers not in `texts` are ignored (the list is usually filtered by area and wave). Automatic
 * themes keep their order; added themes follow in the order they were first corrected.
 */
export function applyCorrections(
  texts: readonly AutoTagged[],
  corrections: readonly ThemeCorrection[],
): FinalTagged[] {
  const decisions = latestDecisions(corrections);
  return texts.map((text) => {
    const decided = decisions.get(text.id) ?? new Map<string, 'add' | 'remove'>();
    const automatic = new Map(text.themes.map((match) => [match.theme, match]));
    const kept = text.themes.filter((match) => decided.get(match.theme) !== 'remove');
    const themes: FinalTheme[] = kept.map((match) => ({
      theme: match.theme,
      source: decided.get(match.theme) === 'add' ? 'staff' : 'keyword',
      hits: match.hits,
    }));
    for (const [theme, action] of decided) {
      if (action === 'add' && !automatic.has(theme)) themes.push({ theme, source: 'staff', hits: [] });
    }
    const removed = text.themes.filter((match) => decided.get(match.theme) === 'remove');
    return { id: text.id, themes, removed };
  });
}

function latestDecisions(
  corrections: readonly ThemeCorrection[],
): Map<string, Map<string, 'add' | 'remove'>> {
  const decisions = new Map<string, Map<string, 'add' | 'remove'>>();
  for (const correction of corrections) {
    const forText = decisions.get(correction.textId) ?? new Map<string, 'add' | 'remove'>();
    // Re-inserting moves nothing: a Map keeps the first insertion's position, which is the order we want.
    forText.set(correction.theme, correction.action);
    decisions.set(correction.textId, forText);
  }
  return decisions;
}
