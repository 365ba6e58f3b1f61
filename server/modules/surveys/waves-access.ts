import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { surveyWaves } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { forbidden, notFound } from '../../platform/errors';
import { allows, areaScope, authorize } from '../../platform/policy';
import { type SurveyAction, surveyPermissions } from './policy';

export type WaveRow = typeof surveyWaves.$inferSelect;

/**
 * Waves the actor may read: those covering at least one of their areas (all waves with an
 * organization-wide grant). Always within the actor's organization. Never fetched then filtered.
 */
export function visibleWavesCondition(actor: Actor): SQL | undefined {
  const scope = areaScope(surveyPermissions, actor, 'survey.read');
  const own = eq(surveyWaves.organizationId, actor.organizationId);
  if (scope.kind === 'all') return own;
  if (scope.kind === 'none') return sql`false`;
  const ids = sql.join(
    scope.areaIds.map((id) => sql`${id}`),
    sql`, `,
  );
  return and(own, sql`${surveyWaves.areaIds} ?| array[${ids}]::text[]`);
}

/** The wave's areas the actor may perform the action in (rates are shown only for these). */
export function waveAreasFor(
  actor: Actor,
  wave: Pick<WaveRow, 'areaIds'>,
  action: SurveyAction = 'survey.read',
) {
  return wave.areaIds.filter((areaId) => allows(surveyPermissions, actor, action, areaId));
}

/** A wave of the actor's organization that covers one of their areas; 404 otherwise. */
export async function visibleWave(tx: Tx, actor: Actor, id: string): Promise<WaveRow> {
  const [wave] = await tx
    .select()
    .from(surveyWaves)
    .where(sameRow(surveyWaves, actor.organizationId, id));
  if (!wave || waveAreasFor(actor, wave).length === 0) throw notFound();
  return wave;
}

/** A wave the actor may change as a whole: they manage every area it covers (403 otherwise). */
export async function managedWave(tx: Tx, actor: Actor, id: string): Promise<WaveRow> {
  const wave = await visibleWave(tx, actor, id);
  for (const areaId of wave.areaIds) authorize(surveyPermissions, actor, 'survey.manage', areaId);
  return wave;
}

/** The survey abilities the actor has on this wave (manage only when it covers all its areas). */
export function waveAbilities(actor: Actor, wave: Pick<WaveRow, 'areaIds'>): SurveyAction[] {
  return (Object.keys(surveyPermissions) as SurveyAction[]).filter((action) => {
    if (action === 'survey.benchmark_opt_in') return false;
    const areas = waveAreasFor(actor, wave, action);
    return action === 'survey.manage' ? areas.length === wave.areaIds.length : areas.length > 0;
  });
}

/** 403 unless the actor may perform the action in at least one area (e.g. read the question bank). */
export function authorizeAnywhere(actor: Actor, action: SurveyAction): void {
  if (areaScope(surveyPermissions, actor, action).kind === 'none') throw forbidden();
}
