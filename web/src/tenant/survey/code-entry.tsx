/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { describedBy, FieldError } from '../form/field-error';
import { useI18n } from '../i18n/i18n-context';
import { normalizeCode } from './survey-route';

/** /s: for a tenant who types the address from the letter instead of scanning its QR code. */
export function CodeEntry() {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <>
      <h1>{t('surveyCodeTitle')}</h1>
      <p class="promise">
        <strong>{t('surveyPrivacy')}</strong>
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const normalized = normalizeCode(code);
          if (normalized.length < 8) return setError(t('errSurveyCode'));
          location.assign(`/s/${encodeURIComponent(normalized)}`);
        }}
      >
        <div class={error ? 'field has-error' : 'field'}>
          <label for="f-code">{t('surveyCodeLabel')}</label>
          <p class="hint" id="h-code">
            {t('surveyCodeHint')}
          </p>
          <FieldError id="e-code" message={error} />
          <input
            id="f-code"
            type="text"
            dir="ltr"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={40}
            value={code}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy('h-code', error && 'e-code')}
            onInput={(event) => setCode(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="primary">
          {t('surveyCodeStart')}
        </button>
      </form>
    </>
  );
}
