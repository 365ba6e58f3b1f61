import { and, eq, sql } from 'drizzle-orm';
import type { OwnChoiceResult, OwnQuestionResults } from '../../../common/contracts/survey-own-questions';
import type { Locale } from '../../../common/roles';
import { cellVisibility, wilsonInterval } from '../../../common/statistics';
import type { Db } from '../../db/client';
import { surveyWaves } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { type AskedQuestion, askedQuestions } from '../surveys/response-questions';
import { type AnalysisContext, loadFrame, waveRefOf } from './context';
import { frameOf, monthOfPeriod, periodCondition } from './periods';

/** Chosen-option counts of one area × wave: per question, its responding n and each option's count. */
type QuestionCounts = { n: number; options: Map<string, number> };

/**
 * The distribution of each own choice question the wave asks, for an area the actor may read
 * (default: the latest wave covering it; a month of a continuous survey by its period id). 404
 * for an area outside the actor's scope or a period that does not cover the area. A question
 * answered by fewer than 5 responses shows nothing.
 */
export async function ownChoiceResults(
  ctx: AnalysisContext,
  areaId: string,
  query: { waveId?: string },
): Promise<OwnQuestionResults> {
  const frame = await loadFrame(ctx, frameOf(undefined, query.waveId));
  const area = frame.areas.find((candidate) => candidate.id === areaId);
  if (!area) throw notFound();
  const waves = frame.waves.filter((wave) => wave.areaIds.includes(area.id));
  const wave = query.waveId ? waves.find((candidate) => candidate.id === query.waveId) : waves.at(-1);
  if (query.waveId && !wave) throw notFound();
  if (!wave) return { wave: null, questions: [] };
  const organizationId = ctx.actor.organizationId;
  const surveyWaveId = monthOfPeriod(wave.id)?.waveId ?? wave.id;
  const [row] = await ctx.db
    .select({ questionKeys: surveyWaves.questionKeys })
    .from(surveyWaves)
    .where(and(eq(surveyWaves.organizationId, organizationId), eq(surveyWaves.id, surveyWaveId)));
  const asked = await askedQuestions(ctx.db, organizationId, row?.questionKeys ?? []);
  if (asked.choices.size === 0) return { wave: waveRefOf(wave), questions: [] };
  const counts = await choiceCounts(ctx.db, organizationId, wave.id, area.id);
  return {
    wave: waveRefOf(wave),
    questions: [...asked.choices.values()].map((question) =>
      choiceResult(question, counts.get(question.key), ctx.locale),
    ),
  };
}

/** One statement: per question the responses choosing anything, and per option its count. */
async function choiceCounts(db: Db, organizationId: string, periodId: string, areaId: string) {
  const result = (await db.execute(sql`
    select c.question_key as "questionKey", c.option_key as "optionKey",
           count(distinct c.response_id)::int as count
      from survey_choice_answers c
      join survey_responses r on r.organization_id = c.organization_id and r.id = c.response_id
     where c.organization_id = ${organizationId} and r.area_id = ${areaId}
       and ${periodCondition(periodId, sql`r.wave_id`, sql`r.answered_month`)}
     group by grouping sets ((c.question_key, c.option_key), (c.question_key))`)) as {
    rows: { questionKey: string; optionKey: string | null; count: number }[];
  };
  const counts = new Map<string, QuestionCounts>();
  for (const { questionKey, optionKey, count } of result.rows) {
    const question = counts.get(questionKey) ?? { n: 0, options: new Map<string, number>() };
    if (optionKey === null) question.n = Number(count);
    else question.options.set(optionKey, Number(count));
    counts.set(questionKey, question);
  }
  return counts;
}

/** The one way an own choice question's figures leave the server: suppressed below 5 responding. */
function choiceResult(
  question: AskedQuestion,
  counts: QuestionCounts | undefined,
  locale: Locale,
): OwnChoiceResult {
  const n = counts?.n ?? 0;
  const visibility = cellVisibility(n);
  const shown = visibility !== 'suppressed';
  return {
    key: question.key,
    label: question.label[locale],
    multiple: question.multiple,
    n: shown ? n : null,
    visibility,
    options: (question.options ?? []).map((option) => {
      const interval = shown ? wilsonInterval(counts?.options.get(option.key) ?? 0, n) : null;
      return {
        key: option.key,
        label: option.label[locale],
        share: interval?.share ?? null,
        low: interval?.low ?? null,
        high: interval?.high ?? null,
      };
    }),
  };
}
