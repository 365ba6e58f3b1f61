import { and, eq, inArray } from 'drizzle-orm';
import {
  type SurveyQuestionDefinition,
  surveyQuestionDefinition,
} from '../../../common/contracts/survey-questions';
import type { TenantTexts } from '../../../common/contracts/survey-responses';
import { tenantLocales } from '../../../common/reporting';
import { defaultQuestion } from '../../../common/surveys/question-bank';
import type { DefaultQuestion, QuestionKind, QuestionSection } from '../../../common/surveys/question-types';
import type { Tx } from '../../db/client';
import { surveyQuestions } from '../../db/schema';

/** The background questions whose answers have a column on survey_responses. */
export const backgroundColumns = {
  age_group: 'ageGroup',
  gender: 'gender',
  years_in_area: 'yearsInArea',
} as const;
export type BackgroundKey = keyof typeof backgroundColumns;

/** A question a wave asks, with every tenant text filled in (en, then sv, where missing). */
export type AskedQuestion = {
  key: string;
  kind: QuestionKind;
  section: QuestionSection;
  label: { sv: string; en: string };
  prompt: TenantTexts;
  hint: TenantTexts | null;
  options: { key: string; label: TenantTexts }[] | null;
  /** Choice questions: whether several options may be chosen. */
  multiple: boolean;
  maxLength: number | null;
  maxPoints: number | null;
  /** The organization's own question (not the default questionnaire's). */
  own: boolean;
};

/**
 * What a wave asks, limited to what an answer sheet can hold: scale items (default or own), the
 * three background questions, one default free text and one map question (the first of each the
 * wave lists), and the organization's own choice and text questions (survey_choice_answers,
 * survey_text_answers).
 */
export type AskedQuestions = {
  list: AskedQuestion[];
  scaleKeys: ReadonlySet<string>;
  backgroundKeys: ReadonlySet<BackgroundKey>;
  freeText: AskedQuestion | null;
  map: AskedQuestion | null;
  /** Own choice questions by key. */
  choices: ReadonlyMap<string, AskedQuestion>;
  /** Own text questions by key. */
  texts: ReadonlyMap<string, AskedQuestion>;
};

type Texts = Partial<Record<keyof TenantTexts, string>> & { sv: string };
const filled = (text: Texts): TenantTexts =>
  Object.fromEntries(tenantLocales.map((l) => [l, text[l] || text.en || text.sv])) as TenantTexts;

function asked(question: DefaultQuestion | SurveyQuestionDefinition, own: boolean): AskedQuestion {
  return {
    key: question.key,
    kind: question.kind,
    section: question.section,
    label: { sv: question.label.sv, en: question.label.en ?? question.label.sv },
    prompt: filled(question.prompt),
    hint: 'hint' in question && question.hint ? filled(question.hint) : null,
    options:
      question.kind === 'choice'
        ? question.options.map((option) => ({ key: option.key, label: filled(option.label) }))
        : null,
    multiple: question.kind === 'choice' && question.multiple,
    maxLength: question.kind === 'text' ? question.maxLength : null,
    maxPoints: question.kind === 'map_points' ? question.maxPoints : null,
    own,
  };
}

/** The organization's own questions among the keys, as their definitions (broken ones left out). */
async function ownQuestions(tx: Tx, organizationId: string, keys: string[]) {
  if (keys.length === 0) return new Map<string, SurveyQuestionDefinition>();
  const rows = await tx
    .select({ key: surveyQuestions.key, definition: surveyQuestions.definition })
    .from(surveyQuestions)
    .where(and(eq(surveyQuestions.organizationId, organizationId), inArray(surveyQuestions.key, keys)));
  const found = new Map<string, SurveyQuestionDefinition>();
  for (const row of rows) {
    const parsed = surveyQuestionDefinition.safeParse(row.definition);
    if (parsed.success) found.set(row.key, parsed.data);
  }
  return found;
}

const isBackground = (key: string): key is BackgroundKey => key in backgroundColumns;

/** The questions a wave asks, in the wave's order. */
export async function askedQuestions(
  tx: Tx,
  organizationId: string,
  questionKeys: readonly string[],
): Promise<AskedQuestions> {
  const own = await ownQuestions(
    tx,
    organizationId,
    questionKeys.filter((key) => !defaultQuestion(key)),
  );
  const result = { list: [] as AskedQuestion[], scaleKeys: new Set<string>() };
  const backgroundKeys = new Set<BackgroundKey>();
  const choices = new Map<string, AskedQuestion>();
  const texts = new Map<string, AskedQuestion>();
  let freeText: AskedQuestion | null = null;
  let map: AskedQuestion | null = null;
  for (const key of questionKeys) {
    const standard = defaultQuestion(key);
    const definition = standard ?? own.get(key);
    if (!definition) continue;
    const question = asked(definition, !standard);
    if (question.kind === 'scale') result.scaleKeys.add(key);
    else if (question.kind === 'choice' && standard && isBackground(key)) backgroundKeys.add(key);
    else if (question.kind === 'choice' && !standard) choices.set(key, question);
    else if (question.kind === 'text' && !standard) texts.set(key, question);
    else if (question.kind === 'text' && !freeText) freeText = question;
    else if (question.kind === 'map_points' && !map) map = question;
    else continue;
    result.list.push(question);
  }
  return { ...result, backgroundKeys, freeText, map, choices, texts };
}
