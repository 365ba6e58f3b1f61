import { and, eq, inArray } from 'drizzle-orm';
import type { WaveDetail, WaveInput, WavePatch } from '../../../common/contracts/survey-waves';
import { defaultQuestions } from '../../../common/surveys/question-bank';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, surveyWaves } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { newId } from '../../platform/ids';
import { authorize } from '../../platform/policy';
import { markChangedAfterClose, reasonForClosedWave } from './closed-wave-change';
import type { SurveyContext } from './context';
import { fieldError } from './messages';
import { surveyPermissions } from './policy';
import { knownQuestionKeys } from './questions-service';
import { authorizeAnywhere, managedWave } from './waves-access';
import { getWaveDetail } from './waves-read';

/** The areas of a new wave: of the organization, live, each once, each one the actor manages. */
async function checkAreas(tx: Tx, ctx: SurveyContext, areaIds: string[]) {
  const rows = await tx
    .select({ id: areas.id, archivedAt: areas.archivedAt })
    .from(areas)
    .where(and(eq(areas.organizationId, ctx.actor.organizationId), inArray(areas.id, areaIds)));
  areaIds.forEach((id, index) => {
    const row = rows.find((r) => r.id === id);
    if (areaIds.indexOf(id) !== index) throw fieldError(ctx.locale, `areaIds.${index}`, 'duplicate');
    if (!row) throw fieldError(ctx.locale, `areaIds.${index}`, 'unknown');
    if (row.archivedAt) throw fieldError(ctx.locale, `areaIds.${index}`, 'archived');
  });
  for (const id of areaIds) authorize(surveyPermissions, ctx.actor, 'survey.manage', id);
}

/** The questions a new wave asks: given ones must be in the bank; default is the whole questionnaire. */
async function checkQuestions(tx: Tx, ctx: SurveyContext, keys: string[] | undefined) {
  if (!keys) return defaultQuestions.map((question) => question.key);
  const known = await knownQuestionKeys(tx, ctx.actor.organizationId);
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) throw fieldError(ctx.locale, `questionKeys.${index}`, 'duplicate');
    if (!known.has(key)) throw fieldError(ctx.locale, `questionKeys.${index}`, 'unknown');
  });
  return keys;
}

function checkDates(ctx: SurveyContext, startsOn: string, endsOn: string | null | undefined) {
  if (endsOn && endsOn < startsOn) throw fieldError(ctx.locale, 'endsOn', 'endsBeforeStart');
}

/** Creates a wave (status draft: letters can be printed before it opens). */
export async function createWave(ctx: SurveyContext, input: WaveInput): Promise<WaveDetail> {
  authorizeAnywhere(ctx.actor, 'survey.manage');
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await checkAreas(tx, ctx, input.areaIds);
    checkDates(ctx, input.startsOn, input.endsOn);
    const [row] = await tx
      .insert(surveyWaves)
      .values({
        organizationId: ctx.actor.organizationId,
        id,
        name: input.name,
        kind: input.kind,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        questionKeys: await checkQuestions(tx, ctx, input.questionKeys),
        areaIds: input.areaIds,
        status: 'draft',
      })
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'create',
      entityType: 'survey_wave',
      entityId: id,
      after: row,
    });
  });
  return getWaveDetail(ctx, id);
}

/**
 * Renames, sets the end date, opens or closes a wave the actor manages in all its areas. Reopening
 * a closed wave needs a reason (closed-wave-change.ts).
 */
export async function updateWave(ctx: SurveyContext, id: string, patch: WavePatch): Promise<WaveDetail> {
  await ctx.db.transaction(async (tx) => {
    const before = await managedWave(tx, ctx.actor, id);
    const endsOn = patch.endsOn === undefined ? before.endsOn : patch.endsOn;
    checkDates(ctx, before.startsOn, endsOn);
    const reopenReason = patch.status === 'open' ? reasonForClosedWave(ctx, before, patch.reason) : null;
    const [after] = await tx
      .update(surveyWaves)
      .set({ name: patch.name ?? before.name, endsOn, status: patch.status ?? before.status })
      .where(sameRow(surveyWaves, ctx.actor.organizationId, id))
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'survey_wave',
      entityId: id,
      before,
      after,
    });
    if (reopenReason)
      await markChangedAfterClose(tx, ctx.actor, id, { action: 'reopen', reason: reopenReason });
  });
  return getWaveDetail(ctx, id);
}
