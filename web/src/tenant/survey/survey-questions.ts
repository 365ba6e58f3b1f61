import type { SurveyForm, TenantQuestion } from '../../../../common/contracts/survey-responses';
import { questionSections } from '../../../../common/surveys/question-types';
import type { SurveyDraft } from './survey-draft';

/** The background questions the submission has a place for, by key → its field in `background`. */
export const backgroundFields = {
  age_group: 'ageGroup',
  gender: 'gender',
  years_in_area: 'yearsInArea',
} as const;
type BackgroundKey = keyof typeof backgroundFields;
export const isBackgroundKey = (key: string): key is BackgroundKey => key in backgroundFields;

/** The questions in the order asked, as the page draws them. */
export type Asked = {
  scale: TenantQuestion[];
  background: TenantQuestion[];
  /** The free-text question (its answer is `freeText`) and the map question, when the wave asks them. */
  text: TenantQuestion | null;
  map: TenantQuestion | null;
  /** The organization's own choice and text questions (answers in `ownChoices` and `texts`). */
  own: TenantQuestion[];
};

/**
 * The wave's questions that a tenant can answer here. The submission carries scale answers,
 * the three background answers, one free text, map points and answers to the organization's own
 * choice and text questions, so those are asked; anything else has no place in it and is left out.
 */
export function askedQuestions(form: SurveyForm): Asked {
  const { questions } = form;
  return {
    scale: questions.filter((q) => q.kind === 'scale'),
    background: questions.filter((q) => q.kind === 'choice' && !q.own && isBackgroundKey(q.key) && q.options),
    text: questions.find((q) => q.kind === 'text' && !q.own) ?? null,
    map: (form.map && questions.find((q) => q.kind === 'map_points')) || null,
    own: questions.filter((q) => q.own && ((q.kind === 'choice' && q.options) || q.kind === 'text')),
  };
}

const sectionRank = (question: TenantQuestion) => questionSections.indexOf(question.section);

/**
 * The asked questions in page order: scale items, where and why unsafe, own questions, then
 * background; kept together by section (a stable sort) so each section has one heading.
 */
export const inOrder = (asked: Asked): TenantQuestion[] =>
  [
    ...asked.scale,
    ...(asked.text ? [asked.text] : []),
    ...(asked.map ? [asked.map] : []),
    ...asked.own,
    ...asked.background,
  ].sort((a, b) => sectionRank(a) - sectionRank(b));

/** An own question's answer in the draft: its option keys, or its text. */
export const ownChoicesOf = (draft: SurveyDraft, key: string): string[] => draft.ownChoices[key] ?? [];
export const ownTextOf = (draft: SurveyDraft, key: string): string => draft.texts[key] ?? '';

/** Every asked question's key in page order: the error summary and the progress count use it. */
export const fieldOrder = (asked: Asked): string[] => inOrder(asked).map((q) => q.key);

/** Whether the draft answers a question (for the progress count and the review). */
export function isAnswered(asked: Asked, draft: SurveyDraft, key: string): boolean {
  if (key in draft.answers) return true;
  if (key in draft.choices) return true;
  if (ownChoicesOf(draft, key).length > 0) return true;
  if (ownTextOf(draft, key).trim().length > 0) return true;
  if (asked.text?.key === key) return draft.freeText.trim().length > 0;
  if (asked.map?.key === key) return draft.mapPoints.length > 0;
  return false;
}

/** The control a question's error links to (a radio group's first box). */
export const questionFieldId = (key: string) => `f-${key}`;
