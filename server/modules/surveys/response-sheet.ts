import type { SurveyAnswerValue, SurveyBackground } from '../../../common/contracts/survey-responses';
import type { FieldIssue } from '../../../common/errors';
import { type AreaGeometry, boundingBox } from '../../../common/geo';
import { fieldMessages } from '../../../common/i18n/errors';
import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';
import { type ChoiceAnswer, checkOwnAnswers, type TextAnswer } from './own-answers';
import { type ResponseMessage, responseMessage } from './response-messages';
import { type AskedQuestions, type BackgroundKey, backgroundColumns } from './response-questions';
import type { RollupAnswer } from './rollups';

/** An answer sheet as a channel sends it (already in the shape of the contract). */
export type AnswerSheet = {
  answers: Record<string, SurveyAnswerValue>;
  background?: SurveyBackground;
  freeText?: string;
  mapPoints?: { lon: number; lat: number }[];
  /** Own choice questions: question key → chosen option keys. */
  choices?: Record<string, string[]>;
  /** Own text questions: question key → text. */
  texts?: Record<string, string>;
};

/** An answer sheet checked against what the wave asks, ready to be stored. */
export type CheckedSheet = {
  answers: RollupAnswer[];
  ageGroup: string | null;
  gender: string | null;
  yearsInArea: string | null;
  freeText: string | null;
  mapPoints: { lon: number; lat: number }[];
  choices: ChoiceAnswer[];
  texts: TextAnswer[];
};

/** How far outside the area's outline a marked place may be (about 300–550 m): people mark the
 * corner shop or the bus stop they pass on the way home. */
const mapMargin = 0.005;

/**
 * Checks a sheet against the wave's questions: only the keys the wave asks, only scale items in
 * `answers`, background and free text only when asked, map points only near the area, own choice
 * and text answers as own-answers.ts checks them. Every
 * problem is named by its field, all at once, before anything is stored.
 */
export function checkSheet(
  questions: AskedQuestions,
  sheet: AnswerSheet,
  areaGeometry: AreaGeometry | null,
  locale: Locale,
): CheckedSheet {
  const issues: FieldIssue[] = [];
  const problem = (path: string, key: ResponseMessage) =>
    issues.push({ path, message: responseMessage(locale, key) });
  const answers: RollupAnswer[] = [];
  for (const [key, value] of Object.entries(sheet.answers)) {
    if (questions.scaleKeys.has(key))
      answers.push({
        questionKey: key,
        value: value === 'dont_know' ? null : value,
        dontKnow: value === 'dont_know',
      });
    else problem(`answers.${key}`, questions.list.some((q) => q.key === key) ? 'notScale' : 'notAsked');
  }
  const background = { ageGroup: null, gender: null, yearsInArea: null } as Record<string, string | null>;
  for (const [key, column] of Object.entries(backgroundColumns) as [BackgroundKey, string][]) {
    const value = sheet.background?.[column as keyof SurveyBackground];
    if (value === undefined) continue;
    if (questions.backgroundKeys.has(key)) background[column] = value;
    else problem(`background.${column}`, 'notAsked');
  }
  const freeText = checkFreeText(questions, sheet.freeText, locale, issues);
  const mapPoints = checkMapPoints(questions, sheet.mapPoints ?? [], areaGeometry, locale, issues);
  const own = checkOwnAnswers(questions, sheet, locale, issues);
  if (issues.length > 0) throw new AppError('validation_failed', issues);
  return {
    answers,
    ageGroup: background.ageGroup ?? null,
    gender: background.gender ?? null,
    yearsInArea: background.yearsInArea ?? null,
    freeText,
    mapPoints,
    ...own,
  };
}

function checkFreeText(
  questions: AskedQuestions,
  text: string | undefined,
  locale: Locale,
  issues: FieldIssue[],
): string | null {
  const value = text?.trim() ?? '';
  if (value === '') return null;
  const question = questions.freeText;
  if (!question) issues.push({ path: 'freeText', message: responseMessage(locale, 'notAsked') });
  else if (question.maxLength !== null && value.length > question.maxLength)
    issues.push({
      path: 'freeText',
      message: fieldMessages[locale].too_big({ maximum: question.maxLength }),
    });
  return value;
}

function checkMapPoints(
  questions: AskedQuestions,
  points: { lon: number; lat: number }[],
  geometry: AreaGeometry | null,
  locale: Locale,
  issues: FieldIssue[],
) {
  if (points.length === 0) return [];
  const question = questions.map;
  if (!question || !geometry) {
    issues.push({ path: 'mapPoints', message: responseMessage(locale, 'mapNotAsked') });
    return [];
  }
  if (question.maxPoints !== null && points.length > question.maxPoints)
    issues.push({
      path: 'mapPoints',
      message: fieldMessages[locale].too_big({ maximum: question.maxPoints }),
    });
  const box = boundingBox(geometry);
  points.forEach((point, i) => {
    const near =
      point.lon >= box.minLon - mapMargin &&
      point.lon <= box.maxLon + mapMargin &&
      point.lat >= box.minLat - mapMargin &&
      point.lat <= box.maxLat + mapMargin;
    if (!near) issues.push({ path: `mapPoints.${i}`, message: responseMessage(locale, 'pointOutside') });
  });
  return points;
}
