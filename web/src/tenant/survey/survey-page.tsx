/** @jsxImportSource preact */
import './survey.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SurveyForm } from '../../../../common/contracts/survey-responses';
import { ApiError } from '../api';
import { useStoredDraft } from '../form/use-stored-draft';
import { useI18n } from '../i18n/i18n-context';
import { LoadProblem } from '../load-problem';
import { useNoticeOrganization } from '../privacy/notice-organization';
import { useLoad } from '../use-load';
import { surveyApi } from './survey-api';
import { emptySurveyDraft, surveyDrafts } from './survey-draft';
import { SurveyEnded } from './survey-ended';
import { SurveyIntro } from './survey-intro';
import { SurveyProgress } from './survey-progress';
import { askedQuestions, fieldOrder, isAnswered } from './survey-questions';
import { SurveyQuestionsForm } from './survey-questions-form';
import { SurveyReceipt } from './survey-receipt';
import { SurveyReview } from './survey-review';
import type { SurveyTarget } from './survey-route';
import { endOf, type SurveyEnd, useSurveySubmit } from './use-survey-submit';

type Props = { target: SurveyTarget; draftKey: string };

/** /s/<code> and /s/open/<wave>/<entrance>: the questions, a review, then the thanks. */
export function SurveyPage({ target, draftKey }: Props) {
  const { t } = useI18n();
  const form = useLoad(() => surveyApi.form(target), [draftKey]);
  const end = form.error instanceof ApiError ? endOf(form.error) : null;
  // A code answered elsewhere (another device in the household): a half-done draft is of no use.
  useEffect(() => {
    if (end === 'used') surveyDrafts.clear(draftKey);
  }, [end, draftKey]);
  if (form.data) return <Loaded form={form.data} target={target} draftKey={draftKey} />;
  if (end) return <Ended end={end} />;
  if (form.error) return <LoadProblem error={form.error} onRetry={form.reload} />;
  return <p role="status">{t('loading')}</p>;
}

function Ended({ end }: { end: SurveyEnd }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('surveyTitle')}</h1>
      <SurveyEnded end={end} />
    </>
  );
}

type Step = 'questions' | 'review' | 'received' | SurveyEnd;

function Loaded({ form, target, draftKey }: { form: SurveyForm } & Props) {
  const asked = useMemo(() => askedQuestions(form), [form]);
  useNoticeOrganization(form.organizationSlug);
  const { draft, update, reset } = useStoredDraft(surveyDrafts, draftKey, emptySurveyDraft);
  const [step, setStep] = useState<Step>('questions');
  const { phase, problems, submit } = useSurveySubmit(
    { target, asked },
    {
      // Sent (or never sendable again): the answers leave this device.
      onReceived: () => finish('received'),
      onEnded: (end) => finish(end),
    },
  );
  function finish(next: Step) {
    reset();
    setStep(next);
    window.scrollTo(0, 0);
  }
  if (step === 'received') return <Finished form={form} body={<SurveyReceipt />} />;
  if (step === 'used' || step === 'closed' || step === 'notFound')
    return <Finished form={form} body={<SurveyEnded end={step} />} />;
  const order = fieldOrder(asked);
  const answered = order.filter((key) => isAnswered(asked, draft, key)).length;
  return (
    <>
      <SurveyIntro form={form} />
      <SurveyProgress answered={answered} total={order.length} />
      {step === 'review' ? (
        <SurveyReview
          form={form}
          asked={asked}
          draft={draft}
          phase={phase}
          onEdit={() => setStep('questions')}
          onSubmit={() => void submit(draft).then((next) => next === 'fix' && setStep('questions'))}
        />
      ) : (
        <SurveyQuestionsForm
          form={form}
          asked={asked}
          draft={draft}
          problems={problems}
          update={update}
          onReview={() => {
            setStep('review');
            window.scrollTo(0, 0);
          }}
        />
      )}
    </>
  );
}

function Finished({ form, body }: { form: SurveyForm; body: preact.JSX.Element }) {
  return (
    <>
      <h1>{form.waveName}</h1>
      {body}
    </>
  );
}
