/** @jsxImportSource preact */
import { useI18n } from '../i18n/i18n-context';

type Props = { checked: boolean; onChange(checked: boolean): void };

/**
 * Its own box, unticked by default: an e-mail left for status updates may be used for a survey
 * invitation only when the reporter asks for that too (a separate purpose needs its own "yes").
 */
export function SurveyOptIn({ checked, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div class="check">
      <input
        type="checkbox"
        id="f-surveyOptIn"
        checked={checked === true}
        aria-describedby="f-surveyOptIn-hint"
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for="f-surveyOptIn">{t('surveyOptInLabel')}</label>
      <p class="note" id="f-surveyOptIn-hint">
        {t('surveyOptInHint')}
      </p>
    </div>
  );
}
