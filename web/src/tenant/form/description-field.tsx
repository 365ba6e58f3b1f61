/** @jsxImportSource preact */
import { maxDescriptionLength } from '../../../../common/reporting';
import { useI18n } from '../i18n/i18n-context';
import { describedBy, FieldError } from './field-error';
import { fieldId } from './validate';

type Props = { value: string; error?: string; onChange(value: string): void };

export function DescriptionField({ value, error, onChange }: Props) {
  const { t } = useI18n();
  const left = maxDescriptionLength - value.length;
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={fieldId('description')}>{t('descriptionLabel')}</label>
      <p class="hint" id="h-description">
        {t('descriptionHint')}
      </p>
      <FieldError id="e-description" message={error} />
      <textarea
        id={fieldId('description')}
        name="description"
        rows={5}
        maxLength={maxDescriptionLength}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy('h-description', error && 'e-description', 'c-description')}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <p class="counter" id="c-description" aria-live={left < 100 ? 'polite' : 'off'}>
        {t('charsLeft', { n: left })}
      </p>
    </div>
  );
}
