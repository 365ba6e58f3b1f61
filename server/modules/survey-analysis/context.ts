import { type SQL, sql } from 'drizzle-orm';
import type { PeriodFrame, WaveRef } from '../../../common/contracts/survey-analysis';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { forbidden } from '../../platform/errors';
import { type AreaScope, areaScope } from '../../platform/policy';
import { surveyPermissions } from '../surveys/policy';
import type { OwnMeasures } from './measures';
import { ownMeasuresSql } from './own-questions';
import { inPeriods } from './periods';

/** What every analysis service works with. */
export type AnalysisContext = { db: Db; actor: Actor; locale: Locale };

/** A period as analysis uses it (a wave, or a month of a continuous survey: periods.ts). */
export type AnalysisWave = WaveRef & { startsOn: string; endsOn: string | null; areaIds: string[] };
export type TargetRow = { areaId: string; year: number; measureKey: string; share: number };

/** The organization's waves, the areas the actor may read, their targets and own indexes and questions. */
export type AnalysisFrame = {
  scope: AreaScope;
  /** Whether `waves` are waves or months of continuous surveys. */
  by: PeriodFrame;
  waves: AnalysisWave[];
  areas: { id: string; name: string }[];
  targets: TargetRow[];
  own: OwnMeasures;
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

type WaveRow = {
  id: string;
  name: string;
  kind: 'wave' | 'continuous';
  startsOn: string;
  endsOn: string | null;
  areaIds: string[];
  changedAfterPublicationAt: string | null;
};

type FrameRow = {
  waves: WaveRow[] | null;
  areas: AnalysisFrame['areas'] | null;
  targets: TargetRow[] | null;
  indexes: OwnMeasures['indexes'] | null;
  questions: OwnMeasures['questions'] | null;
};

/**
 * Everything but the figures, in ONE statement: waves (open and closed, oldest first), the live
 * areas in the actor's scope (by name), their targets and the organization's live own indexes and
 * own scale questions.
 */
export async function loadFrame(ctx: AnalysisContext, by: PeriodFrame = 'wave'): Promise<AnalysisFrame> {
  const scope = readScope(ctx.actor);
  const org = ctx.actor.organizationId;
  const result = (await ctx.db.execute(sql`
    select
      (select json_agg(json_build_object('id', w.id, 'name', w.name, 'kind', w.kind, 'startsOn', w.starts_on,
                'endsOn', w.ends_on, 'areaIds', w.area_ids,
                'changedAfterPublicationAt', w.changed_after_close_at) order by w.starts_on, w.id)
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
      ${ownMeasuresSql(org)}`)) as { rows: FrameRow[] };
  const row = result.rows[0];
  const frame: AnalysisFrame = {
    scope,
    by: 'wave',
    waves: (row.waves ?? []).map(waveOf),
    areas: row.areas ?? [],
    targets: (row.targets ?? []).map((t) => ({ ...t, year: Number(t.year), share: Number(t.share) })),
    own: { indexes: row.indexes ?? [], questions: row.questions ?? [] },
  };
  return inPeriods(frame, by, ctx.locale);
}

function waveOf(w: WaveRow): AnalysisWave {
  const [year, month] = w.startsOn.split('-').map(Number);
  return { ...w, year, month };
}

export const waveRefOf = (wave: AnalysisWave): WaveRef => ({
  id: wave.id,
  name: wave.name,
  year: wave.year,
  month: wave.month,
  kind: wave.kind,
  changedAfterPublicationAt: wave.changedAfterPublicationAt
    ? new Date(wave.changedAfterPublicationAt).toISOString()
    : null,
});
