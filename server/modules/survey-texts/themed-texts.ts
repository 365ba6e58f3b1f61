import type { FreeTextItem } from '../../../common/contracts/survey-texts';
import type { Locale } from '../../../common/roles';
import {
  applyCorrections,
  type FinalTagged,
  type ThemeCorrection,
} from '../../../common/surveys/themes/apply-corrections';
import { defaultThemes } from '../../../common/surveys/themes/default-themes';
import { tagText } from '../../../common/surveys/themes/tag-text';
import type { Theme } from '../../../common/surveys/themes/theme-types';

/** The themes texts are tagged with. Organizations' own keywords are not stored yet. */
export const surveyThemes: readonly Theme[] = defaultThemes;
export const surveyThemeKeys = surveyThemes.map((theme) => theme.key);

const themeByKey = new Map(surveyThemes.map((theme) => [theme.key, theme]));

/** A theme's name in the staff language; a key no longer among the themes shows as itself. */
export const themeLabel = (key: string, locale: Locale) => themeByKey.get(key)?.name[locale] ?? key;

/** A free-text answer as loaded, with its place and wave names; `question` names an
 * organization's own text question (null for the default free text). */
export type TextRow = {
  id: string;
  areaId: string;
  areaName: string;
  waveId: string;
  waveName: string;
  startsOn: string;
  text: string;
  question: { key: string; label: { sv: string; en: string } } | null;
};

/**
 * A text's key among the tagged ones: the response id for the free text (staff corrections name
 * it), the response id and question for an own text question's answer, which corrections do not
 * reach.
 */
export const textKey = (row: TextRow): string => (row.question ? `${row.id}/${row.question.key}` : row.id);

/** Keyword tags with the staff corrections applied: corrections win (common/surveys/themes). */
export function tagTexts(rows: readonly TextRow[], corrections: readonly ThemeCorrection[]): FinalTagged[] {
  const tagged = rows.map((row) => ({ id: textKey(row), themes: tagText(row.text, surveyThemes) }));
  return applyCorrections(tagged, corrections);
}

/** Free texts and own-question texts in one list: newest wave first, then area, response, question. */
export function mergeTexts(freeTexts: readonly TextRow[], ownTexts: readonly TextRow[]): TextRow[] {
  const order = (row: TextRow) => [row.startsOn, row.areaName, row.id, row.question?.key ?? ''];
  return [...freeTexts, ...ownTexts].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    if (x[0] !== y[0]) return x[0] < y[0] ? 1 : -1;
    for (let i = 1; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? '') < (y[i] ?? '') ? -1 : 1;
    return 0;
  });
}

/** The one way a free-text answer leaves the server. */
export function presentText(row: TextRow, tags: FinalTagged, locale: Locale): FreeTextItem {
  return {
    responseId: row.id,
    areaId: row.areaId,
    areaName: row.areaName,
    waveId: row.waveId,
    waveName: row.waveName,
    text: row.text,
    question: row.question ? { key: row.question.key, label: row.question.label[locale] } : null,
    themes: tags.themes.map((theme) => ({
      key: theme.theme,
      label: themeLabel(theme.theme, locale),
      source: theme.source === 'keyword' ? 'keywords' : 'staff',
      spans: theme.hits.map((hit) => [hit.start, hit.end] as [number, number]),
    })),
    overruled: tags.removed.map((match) => ({ key: match.theme, label: themeLabel(match.theme, locale) })),
  };
}
