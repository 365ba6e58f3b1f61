/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import type { TenantQuestion } from '../../../../common/contracts/survey-responses';
import { describedBy, FieldError } from '../form/field-error';
import { useI18n } from '../i18n/i18n-context';
import { localized } from './localized';

type Props = { question: TenantQuestion; error?: string; children: ComponentChildren };

/**
 * A question answered with several controls: the question is the legend, its hint and error
 * follow and are linked by aria-describedby. Shared by the answer cards and the map question so
 * that every such question is announced the same way.
 */
export function QuestionFieldset({ question, error, children }: Props) {
  const { locale } = useI18n();
  const { key } = question;
  const prompt = localized(question.prompt, locale);
  const hint = question.hint ? localized(question.hint, locale) : undefined;
  return (
    <fieldset
      class={error ? 'group question has-error' : 'group question'}
      aria-describedby={describedBy(hint && `h-${key}`, error && `e-${key}`)}
    >
      <legend lang={prompt.lang}>{prompt.text}</legend>
      {hint && (
        <p class="hint" id={`h-${key}`} lang={hint.lang}>
          {hint.text}
        </p>
      )}
      <FieldError id={`e-${key}`} message={error} />
      {children}
    </fieldset>
  );
}
