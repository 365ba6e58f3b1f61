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

/** A free-text answer as loaded, with its place and wave names. */
export type TextRow = {
  id: string;
  areaId: string;
  areaName: string;
  waveId: string;
  waveName: string;
  text: string;
};

/** Keyword tags with the staff corrections applied: corrections win (common/surveys/themes). */
export function tagTexts(rows: readonly TextRow[], corrections: readonly ThemeCorrection[]): FinalTagged[] {
  const tagged = rows.map((row) => ({ id: row.id, themes: tagText(row.text, surveyThemes) }));
  return applyCorrections(tagged, corrections);
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
    themes: tags.themes.map((theme) => ({
      key: theme.theme,
      label: themeLabel(theme.theme, locale),
      source: theme.source === 'keyword' ? 'keywords' : 'staff',
      spans: theme.hits.map((hit) => [hit.start, hit.end] as [number, number]),
    })),
    overruled: tags.removed.map((match) => ({ key: match.theme, label: themeLabel(match.theme, locale) })),
  };
}
