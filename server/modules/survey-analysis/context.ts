import { type SQL, sql } from 'drizzle-orm';
import type { WaveRef } from '../../../common/contracts/survey-analysis';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { forbidden } from '../../platform/errors';
import { type AreaScope, areaScope } from '../../platform/policy';
import { surveyPermissions } from '../surveys/policy';
import type { OwnScaleQuestion } from './measures';

/** What every analysis service works with. */
export type AnalysisContext = { db: Db; actor: Actor; locale: Locale };

/** A wave as analysis uses it: its reference plus the areas it covers. */
export type AnalysisWave = WaveRef & { startsOn: string; areaIds: string[] };
export type TargetRow = { areaId: string; year: number; measureKey: string; share: number };

/** The organization's waves, the areas the actor may read, their targets and own questions. */
export type AnalysisFrame = {
  scope: AreaScope;
  waves: AnalysisWave[];
  areas: { id: string; name: string }[];
  targets: TargetRow[];
  own: OwnScaleQuestion[];
};

/** The actor's area scope for reading survey figures; 403 when they may read none. */
export function readScope(actor: Actor): AreaScope {
  const scope = areaScope(surveyPermissions, actor, 'survey.read');
  if (scope.kind === 'none') throw forbidden();
  return scope;
}

/** `column in (ids)` for the scope; nothing for 'all'. (A JS array would be spread by the driver.) */
export function scopeCondition(column: SQL, scope: AreaScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  if (scope.kind === 'none' || scope.areaIds.length === 0) return sql`false`;
  return sql`${column} in (${sql.join(
    scope.areaIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

type FrameRow = {
  waves: { id: string; name: string; startsOn: string; areaIds: string[] }[] | null;
  areas: AnalysisFrame['areas'] | null;
  targets: TargetRow[] | null;
  own: OwnScaleQuestion[] | null;
};

/**
 * Everything but the figures, in ONE statement: waves (open and closed, oldest first), the live
 * areas in the actor's scope (by name), their targets and the organization's own scale questions.
 */
export async function loadFrame(ctx: AnalysisContext): Promise<AnalysisFrame> {
  const scope = readScope(ctx.actor);
  const org = ctx.actor.organizationId;
  const result = (await ctx.db.execute(sql`
    select
      (select json_agg(json_build_object('id', w.id, 'name', w.name, 'startsOn', w.starts_on,
                'areaIds', w.area_ids) order by w.starts_on, w.id)
         from survey_waves w
        where w.organization_id = ${org} and w.status <> 'draft' and w.archived_at is null) as waves,
      (select json_agg(json_build_object('id', a.id, 'name', a.name) order by a.name, a.id)
         from areas a
        where a.organization_id = ${org} and a.archived_at is null
          and ${scopeCondition(sql`a.id`, scope)}) as areas,
      (select json_agg(json_build_object('areaId', t.area_id, 'year', t.year,
                'measureKey', t.measure_key, 'share', t.share))
         from survey_targets t
        where t.organization_id = ${org} and ${scopeCondition(sql`t.area_id`, scope)}) as targets,
      (select json_agg(json_build_object('key', q.key, 'label', q.definition -> 'label'))
         from survey_questions q
        where q.organization_id = ${org} and q.archived_at is null
          and q.definition ->> 'kind' = 'scale') as own`)) as { rows: FrameRow[] };
  const row = result.rows[0];
  return {
    scope,
    waves: (row.waves ?? []).map(waveOf),
    areas: row.areas ?? [],
    targets: (row.targets ?? []).map((t) => ({ ...t, year: Number(t.year), share: Number(t.share) })),
    own: row.own ?? [],
  };
}

function waveOf(w: { id: string; name: string; startsOn: string; areaIds: string[] }): AnalysisWave {
  const [year, month] = w.startsOn.split('-').map(Number);
  return { id: w.id, name: w.name, year, month, startsOn: w.startsOn, areaIds: w.areaIds };
}

export const waveRefOf = (wave: AnalysisWave): WaveRef => ({
  id: wave.id,
  name: wave.name,
  year: wave.year,
  month: wave.month,
});
