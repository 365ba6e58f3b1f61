import { and, asc, desc, eq, ilike, isNotNull, type SQL, sql } from 'drizzle-orm';
import { minimumCellSize } from '../../../common/statistics';
import type { ThemeCorrection } from '../../../common/surveys/themes/apply-corrections';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, surveyResponses, surveyThemeCorrections, surveyWaves } from '../../db/schema';
import type { TextRow } from './themed-texts';

export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Responses of an area × wave cell with at least 5 responses. In SQL, so a withheld text is
 * never loaded, searched or counted.
 */
export function inShownCell(organizationId: string): SQL {
  return sql`(${surveyResponses.waveId}, ${surveyResponses.areaId}) in (
    select s.wave_id, s.area_id from survey_responses s where s.organization_id = ${organizationId}
    group by s.wave_id, s.area_id having count(*) >= ${minimumCellSize})`;
}

/** A response with a free text that is more than whitespace. */
export const hasText = (): SQL =>
  and(isNotNull(surveyResponses.freeText), sql`btrim(${surveyResponses.freeText}) <> ''`) as SQL;

/** The condition for free texts: non-empty, in a shown cell, and matching the search if given. */
export function textConditions(organizationId: string, scope: SQL, q?: string): SQL {
  return and(
    scope,
    hasText(),
    inShownCell(organizationId),
    q ? ilike(surveyResponses.freeText, likePattern(q)) : undefined,
  ) as SQL;
}

/** What a listed text shows of its response: its id, area and wave (joined by the loaders). */
export const textPlaceColumns = {
  id: surveyResponses.id,
  areaId: surveyResponses.areaId,
  areaName: areas.name,
  waveId: surveyResponses.waveId,
  waveName: surveyWaves.name,
  startsOn: surveyWaves.startsOn,
};
export const responseArea = sameRow(areas, surveyResponses.organizationId, surveyResponses.areaId);
export const responseWave = sameRow(surveyWaves, surveyResponses.organizationId, surveyResponses.waveId);
/** Newest wave first, then by area; the response id keeps pages stable. */
export const textOrder = [desc(surveyWaves.startsOn), asc(areas.name), asc(surveyResponses.id)];

/** The texts under a condition, newest wave first, with their area and wave names. */
export async function loadTexts(db: Tx, where: SQL): Promise<TextRow[]> {
  const rows = await db
    .select({ ...textPlaceColumns, text: surveyResponses.freeText })
    .from(surveyResponses)
    .innerJoin(areas, responseArea)
    .innerJoin(surveyWaves, responseWave)
    .where(where)
    .orderBy(...textOrder);
  return rows.map((row) => ({ ...row, text: row.text ?? '', question: null }));
}

/** The staff corrections of the texts under the same condition, in the order they were made. */
export async function loadCorrections(db: Tx, where: SQL): Promise<ThemeCorrection[]> {
  const rows = await db
    .select({
      textId: surveyThemeCorrections.responseId,
      theme: surveyThemeCorrections.themeKey,
      action: surveyThemeCorrections.action,
    })
    .from(surveyThemeCorrections)
    .innerJoin(
      surveyResponses,
      and(
        eq(surveyResponses.organizationId, surveyThemeCorrections.organizationId),
        eq(surveyResponses.id, surveyThemeCorrections.responseId),
      ),
    )
    .where(where)
    .orderBy(asc(surveyThemeCorrections.createdAt));
  return rows.map((row) => ({ ...row, action: row.action === 'add' ? 'add' : 'remove' }));
}
