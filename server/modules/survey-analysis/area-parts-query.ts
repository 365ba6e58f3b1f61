import { sql } from 'drizzle-orm';
import { rollupSource } from '../surveys/rollups';
import type { AnalysisContext } from './context';
import { periodCondition } from './periods';
import { CountsTable } from './rollup-table';

/** A building or entrance with answers in the wave, and what to call it. */
export type PlacePart = { id: string; buildingId: string; label: string; address: string };

/** The counts below an area in one wave: its background groups, buildings and entrances. */
export type AreaParts = {
  waveId: string;
  /** place = group key ('age:age_70_plus', …), building id or entrance id. */
  counts: CountsTable;
  groupKeys: string[];
  buildings: PlacePart[];
  entrances: PlacePart[];
};

type PartRow = {
  kind: 'group' | 'building' | 'entrance';
  place: string;
  building_id: string | null;
  label: string | null;
  address: string | null;
  question_key: string;
  answered: number;
  positive: number;
  dont_know: number;
};

/**
 * ONE statement: the area's background groups and buildings from the rollups, and its
 * entrances counted from the raw answers (the rollups stop at buildings; an entrance's answers
 * in one wave are few, so the scan is small and uses survey_responses_wave_area_idx).
 */
export async function loadAreaParts(
  ctx: AnalysisContext,
  areaId: string,
  waveId: string,
  itemKeys: readonly string[],
): Promise<AreaParts> {
  const org = ctx.actor.organizationId;
  const questions = sql.join(
    itemKeys.map((key) => sql`${key}`),
    sql`, `,
  );
  const result = (await ctx.db.execute(sql`
    select 'group' as kind, group_key as place, null as building_id, null as label, null as address,
           question_key, sum(answered)::int as answered, sum(positive)::int as positive,
           sum(dont_know)::int as dont_know
      from ${rollupSource(org)} rollups
     where organization_id = ${org} and ${periodCondition(waveId, sql`wave_id`, sql`answered_month`)} and scope = 'area' and scope_id = ${areaId}
       and group_key <> 'all' and question_key in (${questions})
     group by group_key, question_key
    union all
    select 'building', r.scope_id::text, r.scope_id::text, coalesce(b.name, b.address), b.address,
           r.question_key, sum(r.answered)::int, sum(r.positive)::int, sum(r.dont_know)::int
      from ${rollupSource(org)} r
      join buildings b on b.organization_id = r.organization_id and b.id = r.scope_id
     where r.organization_id = ${org} and ${periodCondition(waveId, sql`r.wave_id`, sql`r.answered_month`)}
       and r.scope = 'building'
       and r.area_id = ${areaId} and r.question_key in (${questions})
     group by r.scope_id, b.name, b.address, r.question_key
    union all
    select 'entrance', s.entrance_id::text, s.building_id::text, e.label, b.address, a.question_key,
           sum((a.value is not null)::int)::int, sum(coalesce(a.value <= 2, false)::int)::int,
           sum(a.dont_know::int)::int
      from survey_responses s
      join survey_answers a on a.organization_id = s.organization_id and a.response_id = s.id
      join entrances e on e.organization_id = s.organization_id and e.id = s.entrance_id
      join buildings b on b.organization_id = s.organization_id and b.id = s.building_id
     where s.organization_id = ${org} and ${periodCondition(waveId, sql`s.wave_id`, sql`s.answered_month`)}
       and s.area_id = ${areaId}
       and s.entrance_id is not null and a.question_key in (${questions})
     group by s.entrance_id, s.building_id, e.label, b.address, a.question_key`)) as { rows: PartRow[] };
  return partsOf(result.rows, waveId);
}

function partsOf(rows: PartRow[], waveId: string): AreaParts {
  const counts = new CountsTable();
  const groupKeys = new Set<string>();
  const places = { building: new Map<string, PlacePart>(), entrance: new Map<string, PlacePart>() };
  for (const row of rows) {
    counts.add(waveId, row.place, row.question_key, {
      answered: Number(row.answered),
      positive: Number(row.positive),
      dontKnow: Number(row.dont_know),
    });
    if (row.kind === 'group') groupKeys.add(row.place);
    else
      places[row.kind].set(row.place, {
        id: row.place,
        buildingId: row.building_id ?? row.place,
        label: row.label ?? '',
        address: row.address ?? '',
      });
  }
  const byLabel = (a: PlacePart, b: PlacePart) =>
    a.address.localeCompare(b.address, 'sv') || a.label.localeCompare(b.label, 'sv');
  return {
    waveId,
    counts,
    groupKeys: [...groupKeys],
    buildings: [...places.building.values()].sort(byLabel),
    entrances: [...places.entrance.values()].sort(byLabel),
  };
}
