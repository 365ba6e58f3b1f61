/** @jsxImportSource preact */
import { describedBy, FieldError } from './field-error';
import { type Field, fieldId } from './validate';

type Props = {
  field: Field;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  maxLength?: number;
  onChange(value: string): void;
};

/** A labelled single-line input with its hint and error, GOV.UK style. */
export function TextField({
  field,
  label,
  value,
  error,
  hint,
  type = 'text',
  autocomplete,
  maxLength,
  onChange,
}: Props) {
  const id = fieldId(field);
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`h-${field}`}>
          {hint}
        </p>
      )}
      <FieldError id={`e-${field}`} message={error} />
      <input
        id={id}
        name={field}
        // One of text/email/tel; the cast picks the matching branch of Preact's input typing.
        type={type as 'text'}
        value={value}
        autocomplete={autocomplete}
        maxLength={maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(hint && `h-${field}`, error && `e-${field}`)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
