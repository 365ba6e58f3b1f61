/** @jsxImportSource preact */
import type { TenantQuestion } from '../../../../common/contracts/survey-responses';
import { describedBy, FieldError } from '../form/field-error';
import { useI18n } from '../i18n/i18n-context';
import { localized } from './localized';
import { questionFieldId } from './survey-questions';

type Props = { question: TenantQuestion; value: string; error?: string; onChange(value: string): void };

/** "Var känner du dig otrygg, och varför?" — a labelled text area with its hint and a counter. */
export function FreeTextQuestion({ question, value, error, onChange }: Props) {
  const { t, locale } = useI18n();
  const { key } = question;
  const max = question.maxLength ?? 2000;
  const left = max - value.length;
  const prompt = localized(question.prompt, locale);
  const hint = question.hint ? localized(question.hint, locale) : undefined;
  return (
    <div class={error ? 'field question has-error' : 'field question'}>
      <label for={questionFieldId(key)} lang={prompt.lang}>
        {prompt.text}
      </label>
      {hint && (
        <p class="hint" id={`h-${key}`} lang={hint.lang}>
          {hint.text}
        </p>
      )}
      <FieldError id={`e-${key}`} message={error} />
      <textarea
        id={questionFieldId(key)}
        name={key}
        rows={5}
        maxLength={max}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(hint && `h-${key}`, error && `e-${key}`, `c-${key}`)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <p class="counter" id={`c-${key}`} aria-live={left < 100 ? 'polite' : 'off'}>
        {t('charsLeft', { n: left })}
      </p>
    </div>
  );
}
