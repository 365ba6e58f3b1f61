import type { SurveySubmissionInput } from '../../../../common/contracts/survey-responses';
import type { FieldIssue } from '../../../../common/errors';
import type { Translate } from '../i18n/i18n-context';
import type { SurveyDraft } from './survey-draft';
import {
  type Asked,
  backgroundFields,
  fieldOrder,
  isBackgroundKey,
  ownChoicesOf,
  ownTextOf,
} from './survey-questions';
import type { SurveyTarget } from './survey-route';

export type SurveyErrors = Partial<Record<string, string>>;

/** The body of POST /api/public/surveys/responses, from the draft: only what was answered. */
export function toSurveySubmission(
  target: SurveyTarget,
  asked: Asked,
  draft: SurveyDraft,
): SurveySubmissionInput {
  const background: Record<string, string> = {};
  for (const [key, option] of Object.entries(draft.choices)) {
    if (isBackgroundKey(key)) background[backgroundFields[key]] = option;
  }
  const freeText = draft.freeText.trim();
  return {
    submissionId: draft.id,
    ...('code' in target ? { code: target.code } : { open: target }),
    answers: Object.fromEntries(
      asked.scale.flatMap((q) => (q.key in draft.answers ? [[q.key, draft.answers[q.key]]] : [])),
    ),
    // The option keys come from the form the server sent; it checks them again.
    background: background as SurveySubmissionInput['background'],
    freeText: asked.text && freeText ? freeText : undefined,
    mapPoints: asked.map ? draft.mapPoints : [],
    ...ownAnswers(asked, draft),
  };
}

/** The answers to the organization's own questions: only those asked and answered. */
function ownAnswers(asked: Asked, draft: SurveyDraft) {
  const choices: Record<string, string[]> = {};
  const texts: Record<string, string> = {};
  for (const question of asked.own) {
    const chosen = ownChoicesOf(draft, question.key);
    const text = ownTextOf(draft, question.key).trim();
    if (question.kind === 'choice' && chosen.length > 0) choices[question.key] = chosen;
    if (question.kind === 'text' && text) texts[question.key] = text;
  }
  return { choices, texts };
}

/** Checked before sending: a survey with no answer at all is not worth a round trip. */
export function validateSurvey(
  asked: Asked,
  draft: SurveyDraft,
  t: Translate,
): { errors: SurveyErrors; other: string[] } {
  const errors: SurveyErrors = {};
  for (const question of [asked.text, ...asked.own]) {
    if (question?.kind !== 'text' || !question.maxLength) continue;
    const text = question.own ? ownTextOf(draft, question.key) : draft.freeText;
    if (text.trim().length > question.maxLength)
      errors[question.key] = t('errSurveyFreeText', { n: question.maxLength });
  }
  const answered =
    Object.keys(draft.answers).length +
    Object.keys(draft.choices).length +
    draft.freeText.trim().length +
    draft.mapPoints.length +
    asked.own.filter((q) => ownChoicesOf(draft, q.key).length + ownTextOf(draft, q.key).trim().length > 0)
      .length;
  return { errors, other: answered === 0 && Object.keys(errors).length === 0 ? [t('errSurveyEmpty')] : [] };
}

type IssueKind = 'choice' | 'choices' | 'text' | 'map';

/** The question a server issue's path names, if any (answers.<key>, background.<field>, …). */
function questionOf(asked: Asked, path: string): { key: string; kind: IssueKind } | null {
  const [head, rest] = path.split('.');
  if (head === 'answers' && rest) return { key: rest, kind: 'choice' };
  if (head === 'choices' && rest) {
    const multiple = asked.own.some((q) => q.key === rest && q.multiple);
    return { key: rest, kind: multiple ? 'choices' : 'choice' };
  }
  if (head === 'texts' && rest) return { key: rest, kind: 'text' };
  if (head === 'background' && rest) {
    const key = Object.entries(backgroundFields).find(([, field]) => field === rest)?.[0];
    return key ? { key, kind: 'choice' } : null;
  }
  if (head === 'freeText' && asked.text) return { key: asked.text.key, kind: 'text' };
  if (head === 'mapPoints' && asked.map) return { key: asked.map.key, kind: 'map' };
  return null;
}

/**
 * A 400's issues on the questions they name, in the page's language (the server speaks only
 * Swedish and English); an issue on nothing we show keeps the server's words.
 */
export function fromSurveyIssues(
  asked: Asked,
  issues: FieldIssue[],
  t: Translate,
): { errors: SurveyErrors; other: string[] } {
  const errors: SurveyErrors = {};
  const other: string[] = [];
  const shown = new Set(fieldOrder(asked));
  const maxLength = (key: string) => inOrderText(asked, key)?.maxLength ?? 0;
  const messages = {
    choice: () => t('errSurveyAnswer'),
    choices: () => t('errSurveyChoices'),
    text: (key: string) => t('errSurveyFreeText', { n: maxLength(key) }),
    map: () => t('errSurveyMap'),
  };
  for (const issue of issues) {
    const question = questionOf(asked, issue.path);
    if (question && shown.has(question.key)) errors[question.key] ??= messages[question.kind](question.key);
    else other.push(issue.message);
  }
  return { errors, other };
}

/** The text question (the free text or an own one) of a key. */
const inOrderText = (asked: Asked, key: string) =>
  [asked.text, ...asked.own].find((question) => question?.kind === 'text' && question.key === key);
