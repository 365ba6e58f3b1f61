/** @jsxImportSource preact */
import type { TenantQuestion, TenantTexts } from '../../../../common/contracts/survey-responses';
import { useI18n } from '../i18n/i18n-context';
import { localized } from './localized';
import { QuestionFieldset } from './question-fieldset';
import { questionFieldId } from './survey-questions';

export type RadioOption<V> = { value: V; label: TenantTexts; apart?: boolean };

type Props<V> = {
  question: TenantQuestion;
  options: RadioOption<V>[];
  value: V | undefined;
  error?: string;
  onChange(value: V): void;
  onClear?: () => void;
};

/**
 * One question as a fieldset: the question is the legend, each answer a big radio card (≥ 44 px,
 * the whole card is the label). Arrow keys move within the group as in any radio group; the
 * first box carries the id an error links to.
 */
export function RadioQuestion<V extends string | number>({
  question,
  options,
  value,
  error,
  onChange,
  onClear,
}: Props<V>) {
  const { t, locale } = useI18n();
  const { key } = question;
  return (
    <QuestionFieldset question={question} error={error}>
      <div class="cards answers">
        {options.map((option, index) => {
          const id = index === 0 ? questionFieldId(key) : `${questionFieldId(key)}-${index}`;
          const label = localized(option.label, locale);
          return (
            <div class={option.apart ? 'card apart' : 'card'} key={String(option.value)}>
              <input
                type="radio"
                id={id}
                name={`q-${key}`}
                value={String(option.value)}
                checked={value === option.value}
                aria-invalid={error ? 'true' : undefined}
                onChange={() => onChange(option.value)}
              />
              <label for={id} lang={label.lang}>
                {label.text}
              </label>
            </div>
          );
        })}
      </div>
      {onClear && value !== undefined && (
        <button type="button" class="link" onClick={onClear}>
          {t('surveyClearAnswer')}
        </button>
      )}
    </QuestionFieldset>
  );
}
