import { type SQL, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Tx } from '../../db/client';
import { surveyRollupPending } from '../../db/schema';
import { type BackgroundLoop, startBackgroundLoop } from '../../platform/background-loop';

/**
 * The running totals in survey_rollups (schema: server/db/schema/surveys.ts). Every way a
 * response arrives (code, open link, paper, API) queues it in survey_rollup_pending in the same
 * statement that stores it (the mixing buffer's flush, sheet-buffer-flush.ts; `queueForRollups` for tests); `compactRollups`
 * adds the queue to the totals four times a second, and readers read `rollupSource`: the totals
 * plus the queued responses' counts. Bulk paths (demo seed, CSV import) insert raw rows and then
 * `rebuildRollups`. All give exactly the rows a GROUP BY over the answers would (rollups.test.ts).
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

/** Queues a stored response for the totals (tests and tools that store responses row by row). */
export async function queueForRollups(tx: Tx, organizationId: string, responseId: string) {
  await tx.insert(surveyRollupPending).values({ organizationId, responseId });
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

/** Held (per transaction) by whoever writes the totals, so two never add the same queue. */
const compactionLock = sql`pg_advisory_xact_lock(7314, 1)`;

const isQueued = (responses: SQL) => sql`exists (select 1 from survey_rollup_pending p
  where p.organization_id = ${responses}.organization_id and p.response_id = ${responses}.id)`;

/**
 * What every reader of the totals reads instead of survey_rollups: the totals plus the counts of
 * the responses still queued (a second's worth at most, counted from their answers), so a figure
 * includes every stored answer at every moment. Narrowed to one organization when given.
 */
export function rollupSource(organizationId?: string): SQL {
  const own = (column: SQL) => (organizationId ? sql`${column} = ${organizationId}` : sql`true`);
  return sql`(select ${rollupColumns} from survey_rollups where ${own(sql`organization_id`)}
    union all
    select ${rollupColumns} from (${rollupsOf(sql`${own(sql`r.organization_id`)} and ${isQueued(sql`r`)}`)}) queued)`;
}

/** Replaces an organization's (or one wave's) rollups with those computed from its answers. */
export async function rebuildRollups(tx: Tx, organizationId: string, waveId?: string) {
  const waveFilter = waveId ? sql`and wave_id = ${waveId}` : sql``;
  await tx.transaction(async (inner) => {
    await inner.execute(sql`select ${compactionLock}`);
    // Queued responses are counted by the rebuild: out of the queue, or they would count twice.
    await inner.execute(sql`
      delete from survey_rollup_pending p using survey_responses r
       where p.organization_id = ${organizationId} and r.organization_id = p.organization_id
         and r.id = p.response_id ${waveId ? sql`and r.wave_id = ${waveId}` : sql``}`);
    await inner.execute(
      sql`delete from survey_rollups where organization_id = ${organizationId} ${waveFilter}`,
    );
    await inner.execute(
      sql`insert into survey_rollups (${rollupColumns}) ${rollupsFromAnswers(organizationId, waveId)}`,
    );
  });
}

/**
 * Adds the queued responses to the totals in ONE statement (the queue emptied, their counts added
 * per key), so a reader of rollupSource sees each response counted once, before or after. Returns
 * how many responses were added; 0 at once when another process is adding.
 */
export async function compactRollups(db: Tx): Promise<number> {
  // Most runs find the queue empty: one read instead of a transaction with a lock.
  const queue = (await db.execute(sql`select exists (select 1 from survey_rollup_pending) as filled`)) as {
    rows: { filled: boolean }[];
  };
  if (!queue.rows[0]?.filled) return 0;
  return db.transaction(async (tx) => {
    const lock = (await tx.execute(sql`select pg_try_advisory_xact_lock(7314, 1) as locked`)) as {
      rows: { locked: boolean }[];
    };
    if (!lock.rows[0]?.locked) return 0;
    const result = (await tx.execute(sql`
      with queued as (
        delete from survey_rollup_pending returning organization_id, response_id),
      added as (
        insert into survey_rollups as t (${rollupColumns})
        ${rollupsOf(sql`exists (select 1 from queued q where q.organization_id = r.organization_id and q.response_id = r.id)`)}
        on conflict (organization_id, wave_id, answered_month, scope, scope_id, question_key, group_key)
        do update set answered = t.answered + excluded.answered,
                      positive = t.positive + excluded.positive,
                      dont_know = t.dont_know + excluded.dont_know)
      select count(*)::int as responses from queued`)) as { rows: { responses: number }[] };
    return result.rows[0]?.responses ?? 0;
  });
}

/**
 * Adds the queue to the totals four times a second (in the server process; docs/decisions.md):
 * the shorter the queue, the less readers count from answers. While the database is away, the
 * loop backs off (platform/background-loop.ts); the queue waits in the database meanwhile.
 */
export function startRollupCompaction(db: Tx, log: Pick<FastifyBaseLogger, 'warn' | 'info'>): BackgroundLoop {
  return startBackgroundLoop('survey rollup compaction', 250, () => compactRollups(db), log);
}
