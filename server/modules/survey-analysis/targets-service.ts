import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { targetInput, targetView } from '../../../common/contracts/survey-analysis';
import { sameRow } from '../../db/same-row';
import { areas, surveyTargets } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { forbidden } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { allows } from '../../platform/policy';
import { inScope } from '../places/access';
import { surveyPermissions } from '../surveys/policy';
import { type AnalysisContext, readScope } from './context';
import { analysisFieldError } from './messages';
import { ownMeasures } from './own-questions';
import { resolveMeasure } from './resolve';

type TargetView = z.infer<typeof targetView>;
type TargetInput = z.infer<typeof targetInput>;

const columns = {
  id: surveyTargets.id,
  areaId: surveyTargets.areaId,
  areaName: areas.name,
  year: surveyTargets.year,
  measureKey: surveyTargets.measureKey,
  share: surveyTargets.share,
};

/** The targets of the areas the actor may read (one area when asked), by area, year and measure. */
export async function listTargets(ctx: AnalysisContext, areaId?: string): Promise<{ items: TargetView[] }> {
  const scope = readScope(ctx.actor);
  const items = await ctx.db
    .select(columns)
    .from(surveyTargets)
    .innerJoin(areas, sameRow(areas, surveyTargets.organizationId, surveyTargets.areaId))
    .where(
      and(
        eq(surveyTargets.organizationId, ctx.actor.organizationId),
        inScope(surveyTargets.areaId, scope),
        areaId ? eq(surveyTargets.areaId, areaId) : undefined,
      ),
    )
    .orderBy(asc(areas.name), asc(surveyTargets.year), asc(surveyTargets.measureKey));
  return { items };
}

/**
 * Sets an area's target for a measure and year (one per area, year and measure; a second PUT
 * replaces it). An area the actor cannot read is a 400 naming areaId; one they can read but not
 * manage targets for is a 403.
 */
export async function putTarget(ctx: AnalysisContext, input: TargetInput): Promise<TargetView> {
  const area = await readableArea(ctx, input.areaId);
  if (!allows(surveyPermissions, ctx.actor, 'survey.manage', area.id)) throw forbidden();
  resolveMeasure(ctx, { own: await ownMeasures(ctx) }, input.measureKey, 'measureKey');
  return ctx.db.transaction(async (tx) => {
    const values = { ...input, organizationId: ctx.actor.organizationId, id: newId() };
    const [row] = await tx
      .insert(surveyTargets)
      .values(values)
      .onConflictDoUpdate({
        target: [
          surveyTargets.organizationId,
          surveyTargets.areaId,
          surveyTargets.year,
          surveyTargets.measureKey,
        ],
        set: { share: input.share },
      })
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'survey_target',
      entityId: row.id,
      after: input,
    });
    return { ...input, id: row.id, areaName: area.name };
  });
}

async function readableArea(ctx: AnalysisContext, areaId: string) {
  const [area] = await ctx.db
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(and(sameRow(areas, ctx.actor.organizationId, areaId), isNull(areas.archivedAt)));
  if (!area || !allows(surveyPermissions, ctx.actor, 'survey.read', area.id)) {
    throw analysisFieldError(ctx.locale, 'areaId', 'unknownArea');
  }
  return area;
}
