import type { SurveyAnswerValue } from '../../../../common/contracts/survey-responses';
import type { Position } from '../form/draft';
import { storedDraft } from '../form/stored-draft';
import { uuidv7 } from '../uuidv7';

/** What the tenant has answered so far, kept on the device until it is sent. */
export type SurveyDraft = {
  /** The submission id: made once, kept through retries and reloads, answered once. */
  id: string;
  /** Scale answers by question key. */
  answers: Record<string, SurveyAnswerValue>;
  /** Background answers by question key (age_group, gender, years_in_area) → option key. */
  choices: Record<string, string>;
  freeText: string;
  mapPoints: Position[];
  /** The organization's own choice questions: question key → option keys chosen. */
  ownChoices: Record<string, string[]>;
  /** The organization's own text questions: question key → text. */
  texts: Record<string, string>;
};

export const emptySurveyDraft = (): SurveyDraft => ({
  id: uuidv7(),
  answers: {},
  choices: {},
  freeText: '',
  mapPoints: [],
  ownChoices: {},
  texts: {},
});

/** One draft per letter code or stairwell link (route.ts makes the key). */
export const surveyDrafts = storedDraft<SurveyDraft>('trygg-survey-draft', emptySurveyDraft);
