/** @jsxImportSource preact */
import type { TenantQuestion } from '../../../../common/contracts/survey-responses';
import { useI18n } from '../i18n/i18n-context';
import { localized } from './localized';
import { QuestionFieldset } from './question-fieldset';
import { questionFieldId } from './survey-questions';

type Props = {
  question: TenantQuestion;
  value: string[];
  error?: string;
  onChange(value: string[]): void;
};

/**
 * A multiple-choice question: the question is the legend, each option a big checkbox card like
 * the radio cards (the whole card is the label), with a note that several may be chosen. The
 * chosen keys keep the order of the options.
 */
export function CheckboxQuestion({ question, value, error, onChange }: Props) {
  const { t, locale } = useI18n();
  const { key } = question;
  const options = question.options ?? [];
  const chosen = new Set(value);
  const toggle = (option: string, on: boolean) =>
    onChange(options.map((o) => o.key).filter((k) => (k === option ? on : chosen.has(k))));
  return (
    <QuestionFieldset question={question} error={error}>
      <p class="hint" id={`m-${key}`}>
        {t('surveyChooseSeveral')}
      </p>
      <div class="cards answers">
        {options.map((option, index) => {
          const id = index === 0 ? questionFieldId(key) : `${questionFieldId(key)}-${index}`;
          const label = localized(option.label, locale);
          return (
            <div class="card" key={option.key}>
              <input
                type="checkbox"
                id={id}
                name={`q-${key}`}
                value={option.key}
                checked={chosen.has(option.key)}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={`m-${key}`}
                onChange={(event) => toggle(option.key, event.currentTarget.checked)}
              />
              <label for={id} lang={label.lang}>
                {label.text}
              </label>
            </div>
          );
        })}
      </div>
    </QuestionFieldset>
  );
}
