/** @jsxImportSource preact */
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';

/** "Tack för dina svar!" — focused when it appears, so a screen reader says it at once. */
export function SurveyReceipt() {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="receipt" aria-labelledby="survey-receipt-title">
      <h2 id="survey-receipt-title" tabIndex={-1} ref={heading} data-testid="survey-receipt">
        {t('surveyReceiptTitle')}
      </h2>
      <p>{t('surveyReceiptText')}</p>
      <p>{t('surveyReceiptDelay')}</p>
      <p>{t('surveyReceiptNext')}</p>
    </section>
  );
}
