import { useState } from 'preact/hooks';
import type { ApiError } from '../api';
import { submitUntilAnswered, type WaitReason } from '../form/resilient-submit';
import { useI18n } from '../i18n/i18n-context';
import { surveyApi } from './survey-api';
import type { SurveyDraft } from './survey-draft';
import type { Asked } from './survey-questions';
import type { SurveyTarget } from './survey-route';
import { fromSurveyIssues, type SurveyErrors, toSurveySubmission, validateSurvey } from './survey-submission';

export type SurveyPhase = { kind: 'idle' } | { kind: 'sending' } | { kind: 'waiting'; reason: WaitReason };
/** Why the survey cannot be answered (any more) here. */
export type SurveyEnd = 'used' | 'closed' | 'notFound' | 'replaced';
export type SurveyProblems = { errors: SurveyErrors; other: string[]; round: number };
type Problems = SurveyProblems;

/** An answer that ends the survey, by status: a used code, a closed wave, an unknown link. */
export function endOf(error: ApiError): SurveyEnd | null {
  if (error.body?.code === 'survey_link_replaced') return 'replaced';
  if (error.status === 409 || error.body?.code === 'survey_code_used') return 'used';
  if (error.status === 410 || error.body?.code === 'survey_closed') return 'closed';
  if (error.status === 404) return 'notFound';
  return null;
}

type Context = { target: SurveyTarget; asked: Asked };
type Handlers = { onReceived(): void; onEnded(end: SurveyEnd): void };

/** Validates, sends (retrying with the same id until answered), and puts problems on questions. */
export function useSurveySubmit({ target, asked }: Context, { onReceived, onEnded }: Handlers) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<SurveyPhase>({ kind: 'idle' });
  const [problems, setProblems] = useState<Problems>({ errors: {}, other: [], round: 0 });

  const fail = (next: Omit<Problems, 'round'>) => setProblems((p) => ({ ...next, round: p.round + 1 }));

  /** Returns whether the tenant can fix it (else the survey has ended here). */
  function refused(error: ApiError): boolean {
    const end = endOf(error);
    if (end) {
      onEnded(end);
      return false;
    }
    if (error.body?.issues?.length) fail(fromSurveyIssues(asked, error.body.issues, t));
    else if (error.status === 429) fail({ errors: {}, other: [t('errSurveyRateLimited')] });
    else
      fail({
        errors: {},
        other: [t('errSurveyOther', { message: error.body?.message ?? String(error.status) })],
      });
    return true;
  }

  /** 'fix' when the questions must be shown again with the problems; 'done' otherwise. */
  async function submit(draft: SurveyDraft): Promise<'done' | 'fix'> {
    if (phase.kind !== 'idle') return 'done';
    const checked = validateSurvey(asked, draft, t);
    if (Object.keys(checked.errors).length > 0 || checked.other.length > 0) {
      fail(checked);
      return 'fix';
    }
    setProblems((p) => ({ errors: {}, other: [], round: p.round }));
    setPhase({ kind: 'sending' });
    const outcome = await submitUntilAnswered(
      () => surveyApi.submit(toSurveySubmission(target, asked, draft)),
      (reason) => setPhase({ kind: 'waiting', reason }),
    );
    setPhase({ kind: 'idle' });
    if (outcome.kind === 'received') {
      onReceived();
      return 'done';
    }
    return refused(outcome.error) ? 'fix' : 'done';
  }

  return { phase, problems, submit };
}
