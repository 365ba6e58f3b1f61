/** @jsxImportSource preact */
import { useEffect, useRef } from 'preact/hooks';
import type { SurveyForm, TenantQuestion } from '../../../../common/contracts/survey-responses';
import { useI18n } from '../i18n/i18n-context';
import { localized } from './localized';
import type { SurveyDraft } from './survey-draft';
import { type Asked, inOrder, isAnswered, ownChoicesOf, ownTextOf } from './survey-questions';
import type { SurveyPhase } from './use-survey-submit';

type Props = {
  form: SurveyForm;
  asked: Asked;
  draft: SurveyDraft;
  phase: SurveyPhase;
  onSubmit(): void;
  onEdit(): void;
};

/** Every question with the answer given (or "not answered"), then send or go back and change. */
export function SurveyReview({ form, asked, draft, phase, onSubmit, onEdit }: Props) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const questions = inOrder(asked);
  const unanswered = questions.filter((q) => !isAnswered(asked, draft, q.key)).length;
  const busy = phase.kind !== 'idle';
  const answerOf = (question: TenantQuestion): string | null => {
    const { key } = question;
    if (question.own && question.kind === 'text') return ownTextOf(draft, key).trim() || null;
    if (question.own && question.kind === 'choice') {
      const chosen = ownChoicesOf(draft, key);
      const labels = (question.options ?? []).filter((o) => chosen.includes(o.key));
      return labels.map((o) => localized(o.label, locale).text).join(', ') || null;
    }
    if (question.kind === 'scale') {
      const box = form.scale.find((b) => b.value === draft.answers[key]);
      return box ? localized(box.label, locale).text : null;
    }
    if (question.kind === 'text') return draft.freeText.trim() || null;
    if (question.kind === 'map_points')
      return draft.mapPoints.length ? t('surveyMapCount', { n: draft.mapPoints.length }) : null;
    const option = question.options?.find((o) => o.key === draft.choices[key]);
    return option ? localized(option.label, locale).text : null;
  };
  return (
    <section class="review" aria-labelledby="review-title">
      <h2 id="review-title" tabIndex={-1} ref={heading}>
        {t('surveyReviewTitle')}
      </h2>
      <p>{t('surveyReviewIntro')}</p>
      {unanswered > 0 && <p class="note">{t('surveyUnansweredCount', { n: unanswered })}</p>}
      <dl class="review-list">
        {questions.map((question) => {
          const answer = answerOf(question);
          const prompt = localized(question.prompt, locale);
          return (
            <div key={question.key}>
              <dt lang={prompt.lang}>{prompt.text}</dt>
              <dd class={answer ? undefined : 'unanswered'}>{answer ?? t('surveyUnanswered')}</dd>
            </div>
          );
        })}
      </dl>
      <button type="button" class="primary submit" id="submit-survey" disabled={busy} onClick={onSubmit}>
        {busy ? t('sending') : t('surveySubmit')}
      </button>
      <button type="button" class="secondary" disabled={busy} onClick={onEdit}>
        {t('surveyEdit')}
      </button>
      <div class="submit-status" role="status" aria-live="polite">
        {phase.kind === 'waiting' &&
          (phase.reason === 'offline' ? t('surveyOfflineRetry') : t('serverRetry'))}
      </div>
    </section>
  );
}
