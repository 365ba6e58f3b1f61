/** @jsxImportSource preact */
import { useI18n } from '../i18n/i18n-context';

/** How many questions are answered, kept in view while scrolling (every question is optional). */
export function SurveyProgress({ answered, total }: { answered: number; total: number }) {
  const { t } = useI18n();
  return (
    <div class="survey-progress">
      <span id="survey-progress-text">{t('surveyProgress', { n: answered, total })}</span>
      <progress value={answered} max={total} aria-labelledby="survey-progress-text" />
    </div>
  );
}
