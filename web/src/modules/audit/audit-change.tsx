import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditValueNotKept } from '../../../../common/audit/not-kept';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown) => (value === undefined ? '∅' : JSON.stringify(value));

/**
 * The fields that changed as "field: before → after", with the full JSON behind a disclosure. A
 * field whose value the log does not keep (free text, personal data) reads "field: changed".
 */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const fields = changedFields(before, after);
  if (before == null && after == null) return <Text size="sm">{t('app.none')}</Text>;
  return (
    <>
      {fields.length > 0 && (
        <List size="sm" spacing={2}>
          {fields.map((field) => {
            const from = isObject(before) ? before[field] : undefined;
            const to = isObject(after) ? after[field] : undefined;
            if (from === auditValueNotKept || to === auditValueNotKept) {
              return <List.Item key={field}>{t('audit.changedWithoutValue', { field })}</List.Item>;
            }
            return (
              <List.Item key={field}>
                {field}: {show(from)} → {show(to)}
              </List.Item>
            );
          })}
        </List>
      )}
      <details>
        <summary>{t('audit.details')}</summary>
        <Text size="xs" fw={600} mt={4}>
          {t('audit.before')}
        </Text>
        <Code block>{JSON.stringify(before ?? null, null, 2)}</Code>
        <Text size="xs" fw={600} mt={4}>
          {t('audit.after')}
        </Text>
        <Code block>{JSON.stringify(after ?? null, null, 2)}</Code>
      </details>
    </>
  );
}

function changedFields(before: unknown, after: unknown): string[] {
  const left = isObject(before) ? before : {};
  const right = isObject(after) ? after : {};
  // A partial "after" (archive, a patch) names what changed; compare only those fields.
  const keys =
    isObject(after) && isObject(before)
      ? Object.keys(right)
      : [...new Set([...Object.keys(left), ...Object.keys(right)])];
  // Both sides "not kept" means the field changed (an unchanged one is left out of the entry).
  const changed = (key: string) =>
    right[key] === auditValueNotKept || JSON.stringify(left[key]) !== JSON.stringify(right[key]);
  return keys.filter(changed).slice(0, 12);
}
