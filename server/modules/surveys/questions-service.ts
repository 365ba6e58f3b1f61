import { and, eq, isNull } from 'drizzle-orm';
import {
  type SurveyQuestionDefinition,
  surveyQuestionDefinition,
} from '../../../common/contracts/survey-questions';
import type { SurveyQuestionBank, SurveyQuestionView } from '../../../common/contracts/survey-waves';
import { defaultSurveyIndexes } from '../../../common/surveys/indexes';
import { defaultQuestion, defaultQuestions } from '../../../common/surveys/question-bank';
import type { Tx } from '../../db/client';
import { surveyQuestions } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { authorize } from '../../platform/policy';
import type { SurveyContext } from './context';
import { conflictError } from './messages';
import { ownIndexes, ownIndexKeyTaken } from './own-indexes';
import { surveyPermissions } from './policy';
import { authorizeAnywhere } from './waves-access';

type Texts = { sv: string; en?: string };
const staff = (text: Texts) => ({ sv: text.sv, en: text.en ?? text.sv });

function presentQuestion(question: SurveyQuestionDefinition, own: boolean): SurveyQuestionView {
  const { key, kind, section, label, prompt } = question;
  const options =
    kind === 'choice' ? question.options.map((o) => ({ key: o.key, label: staff(o.label) })) : null;
  return {
    key,
    kind,
    section,
    label: staff(label),
    prompt: staff(prompt),
    own,
    options,
    multiple: kind === 'choice' && question.multiple,
    maxLength: kind === 'text' ? question.maxLength : null,
  };
}

/** The organization's own live questions, parsed (rows written by this service always parse). */
export async function ownQuestions(tx: Tx, organizationId: string): Promise<SurveyQuestionDefinition[]> {
  const rows = await tx
    .select({ definition: surveyQuestions.definition })
    .from(surveyQuestions)
    .where(and(eq(surveyQuestions.organizationId, organizationId), isNull(surveyQuestions.archivedAt)))
    .orderBy(surveyQuestions.createdAt);
  return rows.flatMap((row) => {
    const parsed = surveyQuestionDefinition.safeParse(row.definition);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Every question key a new wave may ask: the default questionnaire's and the organization's own. */
export async function knownQuestionKeys(tx: Tx, organizationId: string): Promise<Set<string>> {
  const own = await ownQuestions(tx, organizationId);
  return new Set([...defaultQuestions.map((q) => q.key), ...own.map((q) => q.key)]);
}

/**
 * The question bank: the default questionnaire, the organization's own questions, the default
 * indexes and then the organization's own.
 */
export async function questionBank(ctx: SurveyContext): Promise<SurveyQuestionBank> {
  authorizeAnywhere(ctx.actor, 'survey.read');
  const [own, indexes] = await Promise.all([
    ownQuestions(ctx.db, ctx.actor.organizationId),
    ownIndexes(ctx.db, ctx.actor.organizationId),
  ]);
  return {
    questions: [
      ...defaultQuestions.map((q) => presentQuestion(q as SurveyQuestionDefinition, false)),
      ...own.map((q) => presentQuestion(q, true)),
    ],
    indexes: [
      ...defaultSurveyIndexes.map((index) => ({
        key: index.key,
        label: { ...index.name },
        questionKeys: [...index.itemKeys],
        own: false,
      })),
      ...indexes,
    ],
  };
}

/**
 * Adds the organization's own question; a key the bank already has (a question's or an index's:
 * both are measures in the analysis) is a 409 naming `key`.
 */
export async function addQuestion(ctx: SurveyContext, input: SurveyQuestionDefinition) {
  // The question bank belongs to the whole organization: only organization-wide managers change it.
  authorize(surveyPermissions, ctx.actor, 'survey.manage');
  return ctx.db.transaction(async (tx) => {
    const taken =
      defaultQuestion(input.key) ||
      defaultSurveyIndexes.some((index) => index.key === input.key) ||
      (await knownQuestionKeys(tx, ctx.actor.organizationId)).has(input.key) ||
      (await ownIndexKeyTaken(tx, ctx.actor.organizationId, input.key));
    if (taken) throw conflictError(ctx.locale, 'key', 'keyTaken');
    const [row] = await tx
      .insert(surveyQuestions)
      .values({ organizationId: ctx.actor.organizationId, key: input.key, definition: input })
      .onConflictDoNothing()
      .returning();
    // An archived question keeps its key: answers of old waves still refer to it.
    if (!row) throw conflictError(ctx.locale, 'key', 'keyTaken');
    await recordAudit(tx, ctx.actor, { action: 'create', entityType: 'survey_question', after: input });
    return presentQuestion(input, true);
  });
}
