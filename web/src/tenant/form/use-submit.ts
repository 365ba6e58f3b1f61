import { useEffect, useState } from 'preact/hooks';
import type { ReportReceipt, ReportSubmission } from '../../../../common/contracts/public-reports';
import type { TenantLocale } from '../../../../common/reporting';
import { type ApiError, publicApi } from '../api';
import type { Translate } from '../i18n/i18n-context';
import type { Draft } from './draft';
import { submitUntilAnswered, type WaitReason } from './resilient-submit';
import { type FieldErrors, fieldId, fields, fromServerIssues, toSubmission, validate } from './validate';

export type Phase = { kind: 'idle' } | { kind: 'sending' } | { kind: 'waiting'; reason: WaitReason };
type Problems = { errors: FieldErrors; other: string[]; round: number };

/** What a refusal (4xx) means for the form: errors on fields, or a message for the summary. */
function problemsOf(error: ApiError, t: Translate, sent: ReportSubmission): Omit<Problems, 'round'> {
  const body = error.body;
  if (body?.issues?.length) return fromServerIssues(body.issues, t, sent);
  if (error.status === 413) return { errors: { photos: t('errPhotosTooLarge') }, other: [] };
  if (error.status === 415) return { errors: { photos: t('errPhotos') }, other: [] };
  if (error.status === 429) return { errors: {}, other: [t('errRateLimited')] };
  if (error.status === 404) return { errors: {}, other: [t('linkNotFound')] };
  return { errors: {}, other: [t('errOther', { message: body?.message ?? String(error.status) })] };
}

type Context = { organization: string; locale: TenantLocale; t: Translate };

/** Validates, sends (retrying until answered), and reports problems field by field. */
export function useSubmit(
  { organization, locale, t }: Context,
  onReceived: (receipt: ReportReceipt) => void,
) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [problems, setProblems] = useState<Problems>({ errors: {}, other: [], round: 0 });

  // After a failed submit, focus the first field in error (the summary lists them all).
  useEffect(() => {
    const first = fields.find((field) => problems.errors[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
    else if (problems.other.length)
      document.querySelector<HTMLElement>('.error-summary a, .error-summary')?.focus();
  }, [problems]);

  const fail = (next: Omit<Problems, 'round'>) => setProblems((p) => ({ ...next, round: p.round + 1 }));

  async function submit(draft: Draft, photos: Blob[]) {
    if (phase.kind !== 'idle') return;
    const errors = validate(draft, t);
    if (Object.keys(errors).length > 0) return fail({ errors, other: [] });
    setProblems((p) => ({ errors: {}, other: [], round: p.round }));
    setPhase({ kind: 'sending' });
    const submission = toSubmission(draft, organization, locale);
    const outcome = await submitUntilAnswered(
      () => publicApi.submit(submission, photos).then((answer) => answer.data),
      (reason) => setPhase({ kind: 'waiting', reason }),
    );
    setPhase({ kind: 'idle' });
    if (outcome.kind === 'received') onReceived(outcome.receipt);
    else fail(problemsOf(outcome.error, t, submission));
  }

  return { phase, problems, submit };
}
