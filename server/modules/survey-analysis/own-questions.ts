import { sql } from 'drizzle-orm';
import type { AnalysisContext } from './context';
import type { OwnScaleQuestion } from './measures';

/** The organization's own scale questions (survey_questions), which are measures too. */
export async function ownScaleQuestions(ctx: AnalysisContext): Promise<OwnScaleQuestion[]> {
  const result = (await ctx.db.execute(sql`
    select key, definition -> 'label' as label from survey_questions
     where organization_id = ${ctx.actor.organizationId} and archived_at is null
       and definition ->> 'kind' = 'scale'`)) as { rows: OwnScaleQuestion[] };
  return result.rows;
}
