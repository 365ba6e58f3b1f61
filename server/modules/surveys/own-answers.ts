import type { FieldIssue } from '../../../common/errors';
import { fieldMessages } from '../../../common/i18n/errors';
import type { Locale } from '../../../common/roles';
import { responseMessage } from './response-messages';
import type { AskedQuestions } from './response-questions';

/** One chosen option of an own choice question: a row of survey_choice_answers. */
export type ChoiceAnswer = { questionKey: string; optionKey: string };
/** The answer to an own text question: a row of survey_text_answers. */
export type TextAnswer = { questionKey: string; text: string };

/**
 * Checks the answers to the organization's own choice and text questions against what the wave
 * asks: option keys of the question (one for a single choice, a repeated key counted once) and
 * texts no longer than the question allows. Blank texts and empty choices are "not answered".
 * Problems are added to `issues`, named `choices.<key>` or `texts.<key>`.
 */
export function checkOwnAnswers(
  questions: AskedQuestions,
  sheet: { choices?: Record<string, string[]>; texts?: Record<string, string> },
  locale: Locale,
  issues: FieldIssue[],
): { choices: ChoiceAnswer[]; texts: TextAnswer[] } {
  const problem = (path: string, message: string) => issues.push({ path, message });
  const choices: ChoiceAnswer[] = [];
  for (const [key, chosen] of Object.entries(sheet.choices ?? {})) {
    const question = questions.choices.get(key);
    const optionKeys = [...new Set(chosen)];
    if (optionKeys.length === 0) continue;
    if (!question) {
      problem(`choices.${key}`, responseMessage(locale, 'notOwnChoice'));
      continue;
    }
    if (!question.multiple && optionKeys.length > 1)
      problem(`choices.${key}`, responseMessage(locale, 'singleChoice'));
    const known = new Set(question.options?.map((option) => option.key));
    for (const optionKey of optionKeys) {
      if (known.has(optionKey)) choices.push({ questionKey: key, optionKey });
      else problem(`choices.${key}`, responseMessage(locale, 'unknownOption', optionKey));
    }
  }
  const texts: TextAnswer[] = [];
  for (const [key, value] of Object.entries(sheet.texts ?? {})) {
    const text = value.trim();
    if (text === '') continue;
    const question = questions.texts.get(key);
    if (!question) problem(`texts.${key}`, responseMessage(locale, 'notOwnText'));
    else if (question.maxLength !== null && text.length > question.maxLength)
      problem(`texts.${key}`, fieldMessages[locale].too_big({ maximum: question.maxLength }));
    else texts.push({ questionKey: key, text });
  }
  return { choices, texts };
}
