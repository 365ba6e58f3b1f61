import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { FreeTextList } from '../../../common/contracts/survey-texts';
import type { Locale } from '../../../common/roles';
import { cellVisibility } from '../../../common/statistics';
import type { FinalTagged } from '../../../common/surveys/themes/apply-corrections';
import { countThemes } from '../../../common/surveys/themes/count-themes';
import type { Tx } from '../../db/client';
import { surveyResponses } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { periodCondition } from '../survey-analysis/periods';
import { visibleResponses } from './access';
import { responseCells } from './cells';
import { loadCorrections, loadTexts, textConditions } from './text-rows';
import { surveyThemeKeys, tagTexts, themeLabel } from './themed-texts';

export type ThemeCountRow = FreeTextList['themeCounts'][number];

/** Counts per theme over tagged texts; fewer than 5 shows as "<5" (count null). */
export function themeCountsOf(tagged: readonly FinalTagged[], locale: Locale): ThemeCountRow[] {
  const counts = countThemes(tagged, surveyThemeKeys);
  return counts.themes.map((entry) => ({
    key: entry.theme,
    label: themeLabel(entry.theme, locale),
    count: entry.count === '<5' ? null : entry.count,
    shownAs: String(entry.count),
    visibility: entry.visibility,
  }));
}

/**
 * The theme counts of one area in one wave (or month of a continuous survey), for reports: aggregates only (no text), so anyone
 * who reads the area's figures gets them; null when the cell has fewer than 5 responses.
 */
export async function areaThemeCounts(
  db: Tx,
  actor: Actor,
  /** waveId: a wave's id or a month period's (survey-analysis/periods.ts). */
  place: { areaId: string; waveId: string },
  locale: Locale,
): Promise<ThemeCountRow[] | null> {
  const scope = and(
    visibleResponses(actor, 'survey.read'),
    eq(surveyResponses.areaId, place.areaId),
    periodCondition(place.waveId, sql`${surveyResponses.waveId}`, sql`${surveyResponses.answeredMonth}`),
  ) as SQL;
  const [cell] = await responseCells(db, actor.organizationId, scope);
  if (!cell || cellVisibility(cell.responses) === 'suppressed') return null;
  const where = textConditions(actor.organizationId, scope);
  const tagged = tagTexts(await loadTexts(db, where), await loadCorrections(db, where));
  return themeCountsOf(tagged, locale);
}
