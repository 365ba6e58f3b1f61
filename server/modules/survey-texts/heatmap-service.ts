import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Heatmap } from '../../../common/contracts/survey-texts';
import { surveyMapPoints, surveyResponses } from '../../db/schema';
import { areaScope } from '../../platform/policy';
import { inScope } from '../places/access';
import type { SurveyContext } from '../surveys/context';
import { surveyPermissions } from '../surveys/policy';
import { loadSurveyArea, loadWave, visibleResponses } from './access';
import { responseCells, splitCells } from './cells';

/**
 * The places tenants marked as unsafe in a wave, for a heat map. Points carry no link to their
 * response, but a handful of them can still point at someone's door: an area's points are given
 * only when the area has at least 5 responses in the wave, like every other figure.
 */
export async function heatmapOf(
  ctx: SurveyContext,
  query: { waveId: string; areaId?: string },
): Promise<Heatmap> {
  const scope = and(
    visibleResponses(ctx.actor, 'survey.read'),
    eq(surveyResponses.waveId, (await loadWave(ctx.db, ctx.actor, query.waveId)).id),
    query.areaId
      ? eq(surveyResponses.areaId, (await loadSurveyArea(ctx.db, ctx.actor, query.areaId, 'survey.read')).id)
      : undefined,
  ) as SQL;
  const { shown, withheld } = splitCells(await responseCells(ctx.db, ctx.actor.organizationId, scope));
  const areaIds = shown.map((cell) => cell.areaId);
  const noResponses = query.areaId !== undefined && shown.length === 0 && withheld.length === 0;
  if (areaIds.length === 0) return { points: [], suppressed: withheld.length > 0 || noResponses };
  const rows = await ctx.db
    .select({ lon: surveyMapPoints.lon, lat: surveyMapPoints.lat })
    .from(surveyMapPoints)
    .where(
      and(
        eq(surveyMapPoints.organizationId, ctx.actor.organizationId),
        eq(surveyMapPoints.waveId, query.waveId),
        inArray(surveyMapPoints.areaId, areaIds),
        inScope(surveyMapPoints.areaId, areaScope(surveyPermissions, ctx.actor, 'survey.read')),
      ),
    );
  return { points: rows.map((row) => [row.lon, row.lat]), suppressed: withheld.length > 0 };
}
