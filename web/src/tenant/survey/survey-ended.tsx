/** @jsxImportSource preact */
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import type { SurveyEnd } from './use-survey-submit';

const words = {
  used: 'surveyCodeUsed',
  closed: 'surveyClosed',
  notFound: 'surveyNotFound',
  replaced: 'surveyLinkReplaced',
} as const;

/**
 * Why this survey cannot be answered here: a code already used (said kindly — most often the
 * household has answered already), a closed wave, a code or link we do not know, or an open link
 * of the old form (the stairwell has a new notice).
 */
export function SurveyEnded({ end }: { end: SurveyEnd }) {
  const { t } = useI18n();
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), []);
  return (
    <div class={end === 'notFound' ? 'problem' : 'notice'} data-testid={`survey-${end}`}>
      <p class="survey-ended" tabIndex={-1} ref={message}>
        {t(words[end])}
      </p>
      {(end === 'notFound' || end === 'replaced') && (
        <p>
          <a href="/s">{t('surveyTypeCode')}</a>
        </p>
      )}
    </div>
  );
}
