import type { SurveyForm, TenantQuestion } from '../../../../common/contracts/survey-responses';
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
};

/**
 * The wave's questions that a tenant can answer here. The submission carries scale answers,
 * the three background answers, one free text and map points, so those are asked; a question of
 * another shape (an organization's own choice question) has no place in it and is left out.
 */
export function askedQuestions(form: SurveyForm): Asked {
  const { questions } = form;
  return {
    scale: questions.filter((q) => q.kind === 'scale'),
    background: questions.filter((q) => q.kind === 'choice' && isBackgroundKey(q.key) && q.options),
    text: questions.find((q) => q.kind === 'text') ?? null,
    map: (form.map && questions.find((q) => q.kind === 'map_points')) || null,
  };
}

/** The asked questions in page order: scale items, where and why unsafe, then background. */
export const inOrder = (asked: Asked): TenantQuestion[] => [
  ...asked.scale,
  ...(asked.text ? [asked.text] : []),
  ...(asked.map ? [asked.map] : []),
  ...asked.background,
];

/** Every asked question's key in page order: the error summary and the progress count use it. */
export const fieldOrder = (asked: Asked): string[] => inOrder(asked).map((q) => q.key);

/** Whether the draft answers a question (for the progress count and the review). */
export function isAnswered(asked: Asked, draft: SurveyDraft, key: string): boolean {
  if (key in draft.answers) return true;
  if (key in draft.choices) return true;
  if (asked.text?.key === key) return draft.freeText.trim().length > 0;
  if (asked.map?.key === key) return draft.mapPoints.length > 0;
  return false;
}

/** The control a question's error links to (a radio group's first box). */
export const questionFieldId = (key: string) => `f-${key}`;
