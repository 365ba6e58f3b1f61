import { sql } from 'drizzle-orm';
import type { AnalysisContext } from './context';
import type { OwnMeasures } from './measures';

/**
 * The organization's own measures outside the frame: its live own indexes and its own scale
 * questions (survey_questions), which are measures too. One statement.
 */
export async function ownMeasures(ctx: AnalysisContext): Promise<OwnMeasures> {
  const org = ctx.actor.organizationId;
  const result = (await ctx.db.execute(sql`
    select ${ownMeasuresSql(org)}`)) as {
    rows: { indexes: OwnMeasures['indexes'] | null; questions: OwnMeasures['questions'] | null }[];
  };
  const row = result.rows[0];
  return { indexes: row?.indexes ?? [], questions: row?.questions ?? [] };
}

/** Two select-list columns, `indexes` and `questions`, for the frame's statement and the one above. */
export function ownMeasuresSql(organizationId: string) {
  return sql`
      (select json_agg(json_build_object('key', i.key, 'label', i.label, 'itemKeys', i.item_keys)
                order by i.created_at, i.key)
         from survey_indexes i
        where i.organization_id = ${organizationId} and i.archived_at is null) as indexes,
      (select json_agg(json_build_object('key', q.key, 'label', q.definition -> 'label'))
         from survey_questions q
        where q.organization_id = ${organizationId} and q.archived_at is null
          and q.definition ->> 'kind' = 'scale') as questions`;
}
