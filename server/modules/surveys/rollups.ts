import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';

/**
 * The running totals in survey_rollups (schema: server/db/schema/surveys.ts). Every way a
 * response arrives (code, open link, paper, API) adds it with `addToRollups` in the same
 * transaction; bulk paths (demo seed, CSV import) insert raw rows and then `rebuildRollups`.
 * Both produce exactly the rows a GROUP BY over the answers would — rollups.test.ts checks it.
 */

/** The background of one response, as stored on survey_responses. */
export type RollupResponse = {
  organizationId: string;
  waveId: string;
  answeredMonth: string;
  areaId: string;
  buildingId: string | null;
  channel: string;
  ageGroup: string | null;
  gender: string | null;
  yearsInArea: string | null;
};

/** One scale answer: value 1–4, or null with dontKnow. */
export type RollupAnswer = { questionKey: string; value: number | null; dontKnow: boolean };

/** The breakdown groups a response counts in at area scope (besides 'all'). */
export function groupKeysOf(
  response: Pick<RollupResponse, 'channel' | 'ageGroup' | 'gender' | 'yearsInArea'>,
): string[] {
  const groups = ['all', `channel:${response.channel}`];
  if (response.ageGroup) groups.push(`age:${response.ageGroup}`);
  if (response.gender) groups.push(`gender:${response.gender}`);
  if (response.yearsInArea) groups.push(`years:${response.yearsInArea}`);
  return groups;
}

/** One rollup row of a sheet, as json_to_recordset reads it (the wave and month come apart). */
export type SheetRollupRow = {
  scope: string;
  scope_id: string;
  area_id: string | null;
  question_key: string;
  group_key: string;
  answered: number;
  positive: number;
  dont_know: number;
};

/** The rollup rows one answer sheet adds: per answer, its organization, area (per group) and building. */
export function sheetRollupRows(
  response: Omit<RollupResponse, 'answeredMonth' | 'waveId'>,
  answers: readonly RollupAnswer[],
): SheetRollupRow[] {
  const rows: SheetRollupRow[] = [];
  for (const answer of answers) {
    const counts = {
      question_key: answer.questionKey,
      answered: answer.value === null ? 0 : 1,
      positive: answer.value !== null && answer.value <= 2 ? 1 : 0,
      dont_know: answer.dontKnow ? 1 : 0,
    };
    rows.push({
      scope: 'organization',
      scope_id: response.organizationId,
      area_id: null,
      group_key: 'all',
      ...counts,
    });
    for (const group of groupKeysOf(response)) {
      rows.push({
        scope: 'area',
        scope_id: response.areaId,
        area_id: response.areaId,
        group_key: group,
        ...counts,
      });
    }
    if (response.buildingId)
      rows.push({
        scope: 'building',
        scope_id: response.buildingId,
        area_id: response.areaId,
        group_key: 'all',
        ...counts,
      });
  }
  return rows;
}

/** json_to_recordset's column list for SheetRollupRow. */
export const sheetRollupColumns = sql.raw(`scope text, scope_id uuid, area_id uuid, question_key text,
  group_key text, answered int, positive int, dont_know int`);

/**
 * Adds one response's answers to the totals: one INSERT of its own rows, never an update of
 * shared ones, so concurrent answer sheets do not queue behind each other's row locks (readers
 * sum; compactRollups folds the rows later). The intake does the same inside its one statement
 * (record-response.ts); this is for tests and tools that store responses row by row.
 */
export async function addToRollups(tx: Tx, response: RollupResponse, answers: RollupAnswer[]) {
  if (answers.length === 0) return;
  // One JSON parameter rather than arrays: the driver would spread a JS array into a tuple.
  await tx.execute(sql`
    insert into survey_rollups
      (organization_id, wave_id, answered_month, scope, scope_id, area_id, question_key, group_key,
       answered, positive, dont_know)
    select ${response.organizationId}::uuid, ${response.waveId}::uuid, ${response.answeredMonth}::date,
           u.scope, u.scope_id, u.area_id, u.question_key, u.group_key, u.answered, u.positive, u.dont_know
    from json_to_recordset(${JSON.stringify(sheetRollupRows(response, answers))}::json)
      as u(${sheetRollupColumns})`);
}

/** The grouped selects that make up the rollups, one per scope and kind of group. */
const parts: { scope: string; scopeId: string; areaId: string; group: string; where: string }[] = [
  { scope: 'organization', scopeId: 'organization_id', areaId: 'null::uuid', group: `'all'`, where: 'true' },
  { scope: 'area', scopeId: 'area_id', areaId: 'area_id', group: `'all'`, where: 'true' },
  { scope: 'area', scopeId: 'area_id', areaId: 'area_id', group: `'channel:' || channel`, where: 'true' },
  {
    scope: 'area',
    scopeId: 'area_id',
    areaId: 'area_id',
    group: `'age:' || age_group`,
    where: 'age_group is not null',
  },
  {
    scope: 'area',
    scopeId: 'area_id',
    areaId: 'area_id',
    group: `'gender:' || gender`,
    where: 'gender is not null',
  },
  {
    scope: 'area',
    scopeId: 'area_id',
    areaId: 'area_id',
    group: `'years:' || years_in_area`,
    where: 'years_in_area is not null',
  },
  {
    scope: 'building',
    scopeId: 'building_id',
    areaId: 'area_id',
    group: `'all'`,
    where: 'building_id is not null',
  },
];

/**
 * The rollup rows computed from the answer rows by GROUP BY, for an organization (and one wave).
 * Also the "raw GROUP BY" the benchmark measures the rollups against.
 */
export function rollupsFromAnswers(organizationId: string, waveId?: string): SQL {
  const waveFilter = waveId ? sql`and r.wave_id = ${waveId}` : sql``;
  return rollupsOf(sql`r.organization_id = ${organizationId} ${waveFilter}`);
}

/** The rollup rows of the responses `r` that match a condition. */
function rollupsOf(responses: SQL): SQL {
  const selects = parts.map(
    (part) => `select organization_id, wave_id, answered_month, '${part.scope}' as scope,
      ${part.scopeId} as scope_id, ${part.areaId} as area_id, question_key, ${part.group} as group_key,
      sum(answered)::int as answered, sum(positive)::int as positive, sum(dont_know)::int as dont_know
    from answers where ${part.where}
    group by 1, 2, 3, 4, 5, 6, 7, 8`,
  );
  return sql`
    with answers as (
      select r.organization_id, r.wave_id, r.answered_month, r.area_id, r.building_id, r.channel,
             r.age_group, r.gender, r.years_in_area, a.question_key,
             (a.value is not null)::int as answered, coalesce(a.value <= 2, false)::int as positive,
             a.dont_know::int as dont_know
      from survey_responses r
      join survey_answers a on a.organization_id = r.organization_id and a.response_id = r.id
      where ${responses}
    )
    ${sql.raw(selects.join('\nunion all\n'))}`;
}

const rollupColumns = sql.raw(`organization_id, wave_id, answered_month, scope, scope_id, area_id,
  question_key, group_key, answered, positive, dont_know`);

/** Held (per transaction) by whoever rewrites compacted rows, so two never fold the same key. */
const compactionLock = sql`pg_advisory_xact_lock(7314, 1)`;

/** Replaces an organization's (or one wave's) rollups with those computed from its answers. */
export async function rebuildRollups(tx: Tx, organizationId: string, waveId?: string) {
  const waveFilter = waveId ? sql`and wave_id = ${waveId}` : sql``;
  await tx.transaction(async (inner) => {
    await inner.execute(sql`select ${compactionLock}`);
    await inner.execute(
      sql`delete from survey_rollups where organization_id = ${organizationId} ${waveFilter}`,
    );
    await inner.execute(sql`
      insert into survey_rollups (${rollupColumns}, compacted)
      select *, true from (${rollupsFromAnswers(organizationId, waveId)}) computed`);
  });
}

/**
 * Folds the rows answer sheets added since the last run into one row per key: every row of a key
 * with new rows is deleted and its sums inserted, in ONE statement, so a reader sees the totals
 * either before or after, never half. Rows added meanwhile wait for the next run. Returns how
 * many keys were folded; 0 at once when another process is folding.
 */
export async function compactRollups(db: Tx): Promise<number> {
  return db.transaction(async (tx) => {
    const lock = (await tx.execute(sql`select pg_try_advisory_xact_lock(7314, 1) as locked`)) as {
      rows: { locked: boolean }[];
    };
    if (!lock.rows[0]?.locked) return 0;
    const result = (await tx.execute(sql`
      with pending as (
        select distinct organization_id, wave_id, answered_month, scope, scope_id, question_key, group_key
          from survey_rollups where not compacted),
      folded as (
        delete from survey_rollups r using pending p
         where r.organization_id = p.organization_id and r.wave_id = p.wave_id
           and r.answered_month = p.answered_month and r.scope = p.scope and r.scope_id = p.scope_id
           and r.question_key = p.question_key and r.group_key = p.group_key
        returning r.*),
      written as (
        insert into survey_rollups (${rollupColumns}, compacted)
        select organization_id, wave_id, answered_month, scope, scope_id, area_id, question_key, group_key,
               sum(answered), sum(positive), sum(dont_know), true
          from folded group by 1, 2, 3, 4, 5, 6, 7, 8
        returning 1)
      select count(*)::int as keys from written`)) as { rows: { keys: number }[] };
    return result.rows[0]?.keys ?? 0;
  });
}

/** Folds new rollup rows every second (in the server process; see docs/decisions.md). */
export function startRollupCompaction(db: Tx, onError: (error: unknown) => void): NodeJS.Timeout {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await compactRollups(db);
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  return setInterval(run, 1000).unref();
}
