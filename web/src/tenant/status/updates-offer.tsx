/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { ApiError, publicApi } from '../api';
import { describedBy, FieldError } from '../form/field-error';
import { TextField } from '../form/text-field';
import { emailPattern, fieldId } from '../form/validate';
import { type Translate, useI18n } from '../i18n/i18n-context';

type Errors = { email?: string; consent?: string; other?: string };
type Props = { code: string; onSubscribed(): void };

function check(email: string, consent: boolean, t: Translate): Errors {
  const errors: Errors = {};
  if (!email) errors.email = t('errUpdatesNeedEmail');
  else if (!emailPattern.test(email) || email.length > 254) errors.email = t('errEmail');
  if (!consent) errors.consent = t('errConsent');
  return errors;
}

/** The server's answer as field errors; anything else (offline, rate limit) as one message. */
function fromServer(error: unknown, t: Translate): Errors {
  const issues = error instanceof ApiError ? (error.body?.issues ?? []) : [];
  const errors: Errors = {};
  for (const issue of issues) {
    if (issue.path === 'email') errors.email = t('errEmail');
    else if (issue.path === 'consent') errors.consent = t('errConsent');
  }
  return errors.email || errors.consent ? errors : { other: t('updatesFailed') };
}

const focusFirst = (errors: Errors) => {
  const field = errors.email ? 'email' : errors.consent ? 'consent' : null;
  if (field) document.getElementById(fieldId(field))?.focus();
};

/** For a reporter who did not ask for updates when reporting: an e-mail address and consent. */
export function UpdatesOffer({ code, onSubscribed }: Props) {
  const { t, locale } = useI18n();
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const found = check(email.trim(), consent, t);
    setErrors(found);
    if (found.email || found.consent) return focusFirst(found);
    setBusy(true);
    publicApi.subscribe(code, email.trim(), locale).then(onSubscribed, (error: unknown) => {
      const failed = fromServer(error, t);
      setErrors(failed);
      setBusy(false);
      focusFirst(failed);
    });
  };
  return (
    <form class="updates-offer" aria-labelledby="updates-offer-title" onSubmit={submit} noValidate>
      <h2 id="updates-offer-title">{t('updatesOfferHeading')}</h2>
      <TextField
        field="email"
        type="email"
        label={t('emailLabel')}
        value={email}
        error={errors.email}
        autocomplete="email"
        maxLength={254}
        onChange={setEmail}
      />
      <div class={errors.consent ? 'check has-error' : 'check'}>
        <FieldError id="e-consent" message={errors.consent} />
        <input
          type="checkbox"
          id={fieldId('consent')}
          checked={consent}
          aria-invalid={errors.consent ? 'true' : undefined}
          aria-describedby={describedBy(errors.consent && 'e-consent')}
          onChange={(event) => setConsent(event.currentTarget.checked)}
        />
        <label for={fieldId('consent')}>{t('consentLabel')}</label>
      </div>
      {errors.other && (
        <p class="field-error" role="alert">
          {errors.other}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t('updatesOfferButton')}
      </button>
    </form>
  );
}
