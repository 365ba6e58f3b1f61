import type { SurveySubmissionInput } from '../../../../common/contracts/survey-responses';
import type { FieldIssue } from '../../../../common/errors';
import type { Translate } from '../i18n/i18n-context';
import type { SurveyDraft } from './survey-draft';
import { type Asked, backgroundFields, fieldOrder, isBackgroundKey } from './survey-questions';
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
  };
}

/** Checked before sending: a survey with no answer at all is not worth a round trip. */
export function validateSurvey(
  asked: Asked,
  draft: SurveyDraft,
  t: Translate,
): { errors: SurveyErrors; other: string[] } {
  const errors: SurveyErrors = {};
  const max = asked.text?.maxLength;
  if (asked.text && max && draft.freeText.trim().length > max)
    errors[asked.text.key] = t('errSurveyFreeText', { n: max });
  const answered =
    Object.keys(draft.answers).length +
    Object.keys(draft.choices).length +
    draft.freeText.trim().length +
    draft.mapPoints.length;
  return { errors, other: answered === 0 && Object.keys(errors).length === 0 ? [t('errSurveyEmpty')] : [] };
}

/** The question a server issue's path names, if any (answers.<key>, background.<field>, …). */
function questionOf(asked: Asked, path: string): { key: string; kind: 'choice' | 'text' | 'map' } | null {
  const [head, rest] = path.split('.');
  if (head === 'answers' && rest) return { key: rest, kind: 'choice' };
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
  const messages = {
    choice: () => t('errSurveyAnswer'),
    text: () => t('errSurveyFreeText', { n: asked.text?.maxLength ?? 0 }),
    map: () => t('errSurveyMap'),
  };
  for (const issue of issues) {
    const question = questionOf(asked, issue.path);
    if (question && shown.has(question.key)) errors[question.key] ??= messages[question.kind]();
    else other.push(issue.message);
  }
  return { errors, other };
}
