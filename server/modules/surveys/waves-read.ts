import { and, desc, eq, inArray } from 'drizzle-orm';
import type { WaveDetail, WaveList } from '../../../common/contracts/survey-waves';
import type { Tx } from '../../db/client';
import { areas, surveyWaves } from '../../db/schema';
import { areaScope } from '../../platform/policy';
import type { SurveyContext } from './context';
import { openLinkBursts } from './open-link-bursts';
import { surveyPermissions } from './policy';
import { visibleWave, visibleWavesCondition, waveAbilities, waveAreasFor } from './waves-access';
import { buildingHouseholds, codeCounts, responseCounts, waveTotals } from './waves-counts';
import { presentAreaRate, presentDetail, presentSummary } from './waves-presenter';

/** Names of the organization's areas by id (areas are few: tens, at most a few hundred). */
async function areaNames(tx: Tx, organizationId: string, ids: string[]) {
  const rows = await tx
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(and(eq(areas.organizationId, organizationId), inArray(areas.id, ids)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

const named = (ids: string[], names: Map<string, string>) =>
  ids.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id) as string }));

/** Every wave covering one of the actor's areas, newest first, counted within their areas. */
export async function listWaves(ctx: SurveyContext): Promise<WaveList> {
  const { actor } = ctx;
  const rows = await ctx.db
    .select()
    .from(surveyWaves)
    .where(visibleWavesCondition(actor))
    .orderBy(desc(surveyWaves.startsOn), desc(surveyWaves.createdAt));
  const scope = areaScope(surveyPermissions, actor, 'survey.read');
  const totals = await waveTotals(
    ctx.db,
    actor.organizationId,
    scope.kind === 'some' ? scope.areaIds : 'all',
  );
  const names = await areaNames(ctx.db, actor.organizationId, [
    ...new Set(rows.flatMap((row) => row.areaIds)),
  ]);
  const items = rows.map((wave) => {
    const codes = totals.codes.find((row) => row.waveId === wave.id);
    const responses = totals.responses.find((row) => row.waveId === wave.id);
    return presentSummary(wave, named(waveAreasFor(actor, wave), names), {
      issued: Number(codes?.issued ?? 0),
      used: Number(codes?.used ?? 0),
      responses: Number(responses?.responses ?? 0),
    });
  });
  return { items };
}

/** One wave with live response rates per area and building (the actor's areas only). */
export async function getWaveDetail(ctx: SurveyContext, id: string): Promise<WaveDetail> {
  const wave = await visibleWave(ctx.db, ctx.actor, id);
  const areaIds = waveAreasFor(ctx.actor, wave);
  const names = await areaNames(ctx.db, wave.organizationId, areaIds);
  const visible = named(areaIds, names);
  const rows = {
    codes: await codeCounts(ctx.db, wave, areaIds),
    responses: await responseCounts(ctx.db, wave, areaIds),
    buildings: await buildingHouseholds(ctx.db, wave.organizationId, areaIds),
  };
  const rates = visible.map((area) => presentAreaRate(area, rows));
  const summary = presentSummary(wave, visible, {
    issued: rates.reduce((sum, rate) => sum + rate.codesIssued, 0),
    used: rates.reduce((sum, rate) => sum + rate.codesUsed, 0),
    responses: rates.reduce((sum, rate) => sum + rate.responses, 0),
  });
  const flags = await openLinkBursts(ctx.db, {
    organizationId: wave.organizationId,
    waveId: wave.id,
    kind: wave.kind,
    areaIds,
  });
  const { SURVEY_MIX_MIN_BATCH, SURVEY_MIX_MAX_WAIT_SECONDS } = ctx.app.config;
  const answerDelay = { minSheets: SURVEY_MIX_MIN_BATCH, maxSeconds: SURVEY_MIX_MAX_WAIT_SECONDS };
  return presentDetail(summary, wave, waveAbilities(ctx.actor, wave), rates, flags, answerDelay);
}
