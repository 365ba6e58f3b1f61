/** @jsxImportSource preact */
import { useI18n } from '../i18n/i18n-context';
import type { Draft } from './draft';
import { describedBy, FieldError } from './field-error';
import { SurveyOptIn } from './survey-opt-in';
import { TextField } from './text-field';
import { type FieldErrors, fieldId } from './validate';

type Props = { draft: Draft; errors: FieldErrors; update(patch: Partial<Draft>): void };

/** Optional contact details: anonymous is allowed and said first; consent only matters if given. */
export function ContactFields({ draft, errors, update }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class="group">
      <legend>{t('contactLegend')}</legend>
      <p class="note">{t('anonymousNote')}</p>
      <TextField
        field="name"
        label={t('nameLabel')}
        value={draft.name}
        error={errors.name}
        autocomplete="name"
        maxLength={200}
        onChange={(name) => update({ name })}
      />
      <TextField
        field="email"
        type="email"
        label={t('emailLabel')}
        value={draft.email}
        error={errors.email}
        autocomplete="email"
        maxLength={254}
        onChange={(email) => update({ email })}
      />
      <TextField
        field="phone"
        type="tel"
        label={t('phoneLabel')}
        value={draft.phone}
        error={errors.phone}
        autocomplete="tel"
        maxLength={30}
        onChange={(phone) => update({ phone })}
      />
      <div class={errors.consent ? 'check has-error' : 'check'}>
        <FieldError id="e-consent" message={errors.consent} />
        <input
          type="checkbox"
          id={fieldId('consent')}
          checked={draft.consent}
          aria-invalid={errors.consent ? 'true' : undefined}
          aria-describedby={describedBy(errors.consent && 'e-consent')}
          onChange={(event) => update({ consent: event.currentTarget.checked })}
        />
        <label for={fieldId('consent')}>{t('consentLabel')}</label>
      </div>
      <div class="check">
        <input
          type="checkbox"
          id="f-wantsUpdates"
          checked={draft.wantsUpdates}
          onChange={(event) => update({ wantsUpdates: event.currentTarget.checked })}
        />
        <label for="f-wantsUpdates">{t('wantsUpdatesLabel')}</label>
      </div>
      <SurveyOptIn checked={draft.surveyOptIn} onChange={(surveyOptIn) => update({ surveyOptIn })} />
    </fieldset>
  );
}
