import { and, eq, or, type SQL } from 'drizzle-orm';
import {
  type FreeTextList,
  type FreeTextQuery,
  freeTextPageSize,
} from '../../../common/contracts/survey-texts';
import type { FinalTagged } from '../../../common/surveys/themes/apply-corrections';
import { surveyResponses } from '../../db/schema';
import type { SurveyContext } from '../surveys/context';
import { loadSurveyArea, loadWave, visibleResponses } from './access';
import { type Cell, cellKey, responseCells, splitCells } from './cells';
import { hasOwnText, loadOwnTexts, ownTextConditions } from './own-text-rows';
import { hasText, loadCorrections, loadTexts, textConditions } from './text-rows';
import { themeCountsOf } from './theme-counts';
import { mergeTexts, presentText, tagTexts, textKey } from './themed-texts';

/** The responses of the chosen wave and area among those the actor may read the texts of. */
async function scopeOf(ctx: SurveyContext, query: FreeTextQuery): Promise<SQL> {
  const visible = visibleResponses(ctx.actor, 'survey.read_free_text');
  if (query.waveId) await loadWave(ctx.db, ctx.actor, query.waveId);
  if (query.areaId) await loadSurveyArea(ctx.db, ctx.actor, query.areaId, 'survey.read_free_text');
  return and(
    visible,
    query.waveId ? eq(surveyResponses.waveId, query.waveId) : undefined,
    query.areaId ? eq(surveyResponses.areaId, query.areaId) : undefined,
  ) as SQL;
}

/**
 * Free-text answers, and answers to the organization's own text questions (with the question's
 * label), with their themes (keywords, then staff corrections), filtered and paged.
 * Themes are not stored but computed on read, so a better keyword list retags old answers too;
 * the theme filter and counts therefore work on the loaded texts of the filter.
 */
export async function listFreeText(ctx: SurveyContext, query: FreeTextQuery): Promise<FreeTextList> {
  const scope = await scopeOf(ctx, query);
  const where = textConditions(ctx.actor.organizationId, scope, query.q);
  const [freeTexts, ownTexts, corrections, cells] = await Promise.all([
    loadTexts(ctx.db, where),
    loadOwnTexts(ctx.db, ownTextConditions(ctx.actor.organizationId, scope, query.q)),
    loadCorrections(ctx.db, where),
    responseCells(ctx.db, ctx.actor.organizationId, scope),
  ]);
  const rows = mergeTexts(freeTexts, ownTexts);
  const tags = new Map(tagTexts(rows, corrections).map((tagged) => [tagged.id, tagged]));
  const chosen = query.theme
    ? rows.filter((row) => tags.get(textKey(row))?.themes.some((theme) => theme.theme === query.theme))
    : rows;
  const page = chosen.slice(query.offset, query.offset + freeTextPageSize);
  return {
    items: page.map((row) => presentText(row, tags.get(textKey(row)) as FinalTagged, ctx.locale)),
    total: chosen.length,
    offset: query.offset,
    limit: freeTextPageSize,
    themeCounts: themeCountsOf([...tags.values()], ctx.locale),
    suppressedCells: await withheldTextCells(ctx, scope, cells),
  };
}

/** Cells of the wave and area filter that have texts but fewer than 5 responses. */
async function withheldTextCells(ctx: SurveyContext, scope: SQL, cells: readonly Cell[]): Promise<number> {
  const withheld = new Set(splitCells(cells).withheld.map(cellKey));
  if (withheld.size === 0) return 0;
  const withText = await responseCells(
    ctx.db,
    ctx.actor.organizationId,
    and(scope, or(hasText(), hasOwnText())),
  );
  return withText.filter((cell) => withheld.has(cellKey(cell))).length;
}
