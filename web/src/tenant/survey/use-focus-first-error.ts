import { useEffect } from 'preact/hooks';
import { questionFieldId } from './survey-questions';
import type { SurveyProblems } from './use-survey-submit';

/**
 * When the form shows (again) after a refusal, focus goes to the first question in error, or to
 * the summary when the problem is on no question; the summary lists them all.
 */
export function useFocusFirstError(order: string[], problems: SurveyProblems) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new round of problems, once.
  useEffect(() => {
    const first = order.find((key) => problems.errors[key]);
    if (first) document.getElementById(questionFieldId(first))?.focus();
    else if (problems.other.length) document.querySelector<HTMLElement>('.error-summary')?.focus();
  }, [problems.round]);
}
