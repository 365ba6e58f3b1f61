import { backgroundQuestions } from './background-questions';
import { openQuestions } from './open-questions';
import type { DefaultQuestion } from './question-types';
import { scaleQuestions } from './scale-questions';

/**
 * The default safety questionnaire (trygghetsmätning), in the order it is asked: the scale items
 * grouped by section, then where and why tenants feel unsafe, then background. An organization
 * starts from a copy of this and may add its own questions; keys stay stable so that answers,
 * indexes and the benchmark across organizations compare like with like.
 */
export const defaultQuestions: readonly DefaultQuestion[] = [
  ...scaleQuestions,
  ...openQuestions,
  ...backgroundQuestions,
];

export function defaultQuestion(key: string): DefaultQuestion | undefined {
  return defaultQuestions.find((question) => question.key === key);
}
