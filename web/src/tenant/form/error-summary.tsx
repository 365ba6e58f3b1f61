/** @jsxImportSource preact */
import { useI18n } from '../i18n/i18n-context';
import { type Field, fieldId, fields } from './validate';

type Props = {
  errors: Partial<Record<string, string>>;
  other: string[];
  /** The fields in page order and the id of each one's control (default: the report form's). */
  order?: readonly string[];
  idOf?: (field: string) => string;
};

const reportFieldId = (field: string) => fieldId(field as Field);

/**
 * GOV.UK-style summary at the top of the form, announced when it appears, with one link per
 * problem that moves focus to its field (the form itself focuses the first one).
 */
export function ErrorSummary({ errors, other, order = fields, idOf = reportFieldId }: Props) {
  const { t } = useI18n();
  const listed = order.filter((field) => errors[field]);
  if (listed.length === 0 && other.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errorSummaryTitle')}</h2>
      <ul>
        {listed.map((field) => (
          <li key={field}>
            <a
              href={`#${idOf(field)}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(idOf(field));
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
