import type { FieldIssue } from '../../../../common/errors';
import { maxDescriptionLength } from '../../../../common/reporting';
import { normalizeLabel } from './answer-labels';
import { isMonth } from './answered-month';
import { type ColumnMapping, type ImportQuestion, importableKinds } from './column-mapping';
import type { SurveyImportTranslate } from './messages';

/** A mapped column: its position and its header name, which issues use as their path. */
export type Column = { index: number; name: string };
export type ChoiceColumn = Column & {
  key: string;
  options: ReadonlyMap<string, string>;
  allowed: string;
  /** Several options per cell, separated by ";" or "|". */
  multiple: boolean;
};

/** A mapping checked against the file's header and the questionnaire, ready to read rows with. */
export type MappingPlan = {
  area: Column;
  building: Column | null;
  entrance: Column | null;
  answered: Column | { month: string };
  scale: (Column & { key: string })[];
  choice: ChoiceColumn[];
  text: (Column & { key: string; maxLength: number })[];
};

/** Checks a confirmed mapping; returns the plan, or null with issues naming the mapping's fields. */
export function mappingPlan(
  mapping: ColumnMapping,
  header: readonly string[],
  questions: readonly ImportQuestion[],
  t: SurveyImportTranslate,
): { plan: MappingPlan | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const users = new Map<number, string>();
  const column = (index: number | null, path: string, required: boolean): Column | null => {
    if (index === null) {
      if (required) issues.push({ path, message: t('unmappedRequired') });
      return null;
    }
    if (!Number.isInteger(index) || index < 0 || index >= header.length) {
      issues.push({ path, message: t('noSuchColumn', { column: index + 1 }) });
      return null;
    }
    const name = columnName(header, index);
    const first = users.get(index);
    if (first !== undefined) issues.push({ path, message: t('columnTwice', { name, first, second: path }) });
    users.set(index, path);
    return { index, name };
  };
  const area = column(mapping.areaCode, 'mapping.areaCode', true);
  const building = column(mapping.buildingExternalId, 'mapping.buildingExternalId', false);
  const entrance = column(mapping.entranceLabel, 'mapping.entranceLabel', false);
  const answered = answeredColumn(mapping, column, issues, t);
  const draft: PlanDraft = { scale: [], choice: [], text: [] };
  addQuestions(draft, mapping, questions, column, issues, t);
  if (Object.keys(mapping.questions).length === 0)
    issues.push({ path: 'mapping.questions', message: t('noQuestions') });
  if (issues.length > 0 || !area || !answered) return { plan: null, issues };
  return { plan: { area, building, entrance, answered, ...draft }, issues };
}

type ColumnOf = (index: number | null, path: string, required: boolean) => Column | null;

function answeredColumn(
  mapping: ColumnMapping,
  column: ColumnOf,
  issues: FieldIssue[],
  t: SurveyImportTranslate,
) {
  const source = mapping.answered;
  if (source === null || !('month' in source))
    return column(source?.column ?? null, 'mapping.answered', true);
  if (isMonth(source.month)) return { month: source.month };
  issues.push({ path: 'mapping.answered.month', message: t('badMonth', { value: source.month }) });
  return null;
}

type PlanDraft = Pick<MappingPlan, 'scale' | 'choice' | 'text'>;

function addQuestions(
  plan: PlanDraft,
  mapping: ColumnMapping,
  questions: readonly ImportQuestion[],
  column: ColumnOf,
  issues: FieldIssue[],
  t: SurveyImportTranslate,
): void {
  for (const [key, index] of Object.entries(mapping.questions)) {
    const path = `mapping.questions.${key}`;
    const question = questions.find((q) => q.key === key && importableKinds.includes(q.kind));
    if (!question) {
      issues.push({ path, message: t('unknownQuestion', { key }) });
      continue;
    }
    const mapped = column(index, path, true);
    if (!mapped) continue;
    if (question.kind === 'scale') plan.scale.push({ ...mapped, key });
    else if (question.kind === 'text')
      plan.text.push({ ...mapped, key, maxLength: question.maxLength ?? maxDescriptionLength });
    else plan.choice.push(choiceColumn(mapped, question, ownWordings(mapping, question, issues, t)));
  }
}

/** The user's wordings for a choice question, each of which must name one of its options. */
function ownWordings(
  mapping: ColumnMapping,
  question: ImportQuestion,
  issues: FieldIssue[],
  t: SurveyImportTranslate,
): Record<string, string> {
  const own = mapping.optionValues?.[question.key] ?? {};
  const known = new Set(question.options?.map((option) => option.key));
  for (const [text, key] of Object.entries(own))
    if (!known.has(key))
      issues.push({
        path: `mapping.optionValues.${question.key}.${text}`,
        message: t('unknownOptionKey', { key }),
      });
  return own;
}

/** Option keys, their labels in every language, and the user's own wordings all find the option. */
function choiceColumn(column: Column, question: ImportQuestion, own: Record<string, string>): ChoiceColumn {
  const options = new Map<string, string>();
  for (const option of question.options ?? []) {
    options.set(normalizeLabel(option.key), option.key);
    for (const label of Object.values(option.label)) options.set(normalizeLabel(label), option.key);
  }
  for (const [text, key] of Object.entries(own)) options.set(normalizeLabel(text), key);
  const allowed = (question.options ?? []).map((option) => option.label.sv).join(', ');
  return { ...column, key: question.key, options, allowed, multiple: question.multiple === true };
}

/** A column's header name, or its position when the header cell is empty. */
export function columnName(header: readonly string[], index: number): string {
  return header[index] || `#${index + 1}`;
}
