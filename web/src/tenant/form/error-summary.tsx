/** @jsxImportSource preact */
import { useI18n } from '../i18n/i18n-context';
import { type FieldErrors, fieldId, fields } from './validate';

type Props = { errors: FieldErrors; other: string[] };

/**
 * GOV.UK-style summary at the top of the form, announced when it appears, with one link per
 * problem that moves focus to its field (the form itself focuses the first one).
 */
export function ErrorSummary({ errors, other }: Props) {
  const { t } = useI18n();
  const listed = fields.filter((field) => errors[field]);
  if (listed.length === 0 && other.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errorSummaryTitle')}</h2>
      <ul>
        {listed.map((field) => (
          <li key={field}>
            <a
              href={`#${fieldId(field)}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(fieldId(field));
                target?.focus();
                target?.scrollIntoView({ block: 'center' });
              }}
            >
              {errors[field]}
            </a>
          </li>
        ))}
        {other.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
