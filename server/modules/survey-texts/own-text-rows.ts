import { and, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, surveyQuestions, surveyResponses, surveyTextAnswers, surveyWaves } from '../../db/schema';
import {
  inShownCell,
  likePattern,
  responseArea,
  responseWave,
  textOrder,
  textPlaceColumns,
} from './text-rows';
import type { TextRow } from './themed-texts';

/**
 * Answers to the organization's own text questions (survey_text_answers), read under the same
 * rules as the free text: the caller's scope on survey_responses, only shown cells (≥ 5
 * responses), non-empty, and matching the search if given.
 */
export function ownTextConditions(organizationId: string, scope: SQL, q?: string): SQL {
  return and(
    scope,
    sql`btrim(${surveyTextAnswers.text}) <> ''`,
    inShownCell(organizationId),
    q ? ilike(surveyTextAnswers.text, likePattern(q)) : undefined,
  ) as SQL;
}

/** A response with an answer to an own text question (for counting withheld cells). */
export const hasOwnText = (): SQL => sql`exists (
  select 1 from survey_text_answers o
   where o.organization_id = ${surveyResponses.organizationId} and o.response_id = ${surveyResponses.id}
     and btrim(o.text) <> '')`;

/** The own-question texts under a condition, newest wave first, with the question's label. */
export async function loadOwnTexts(db: Tx, where: SQL): Promise<TextRow[]> {
  const rows = await db
    .select({
      ...textPlaceColumns,
      text: surveyTextAnswers.text,
      questionKey: surveyTextAnswers.questionKey,
      questionLabel: sql<{ sv: string; en?: string } | null>`${surveyQuestions.definition} -> 'label'`,
    })
    .from(surveyTextAnswers)
    .innerJoin(
      surveyResponses,
      sameRow(surveyResponses, surveyTextAnswers.organizationId, surveyTextAnswers.responseId),
    )
    .innerJoin(areas, responseArea)
    .innerJoin(surveyWaves, responseWave)
    .leftJoin(
      surveyQuestions,
      and(
        eq(surveyQuestions.organizationId, surveyTextAnswers.organizationId),
        eq(surveyQuestions.key, surveyTextAnswers.questionKey),
      ),
    )
    .where(where)
    .orderBy(...textOrder);
  return rows.map(({ questionKey, questionLabel, ...row }) => {
    const sv = questionLabel?.sv ?? questionKey;
    return { ...row, question: { key: questionKey, label: { sv, en: questionLabel?.en ?? sv } } };
  });
}
