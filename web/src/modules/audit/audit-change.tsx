import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown) => (value === undefined ? '∅' : JSON.stringify(value));

/** The fields that changed as "field: before → after", with the full JSON behind a disclosure. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const fields = changedFields(before, after);
  if (before == null && after == null) return <Text size="sm">{t('app.none')}</Text>;
  return (
    <>
      {fields.length > 0 && (
        <List size="sm" spacing={2}>
          {fields.map((field) => (
            <List.Item key={field}>
              {field}: {show(isObject(before) ? before[field] : undefined)} →{' '}
              {show(isObject(after) ? after[field] : undefined)}
            </List.Item>
          ))}
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
  return keys.filter((key) => JSON.stringify(left[key]) !== JSON.stringify(right[key])).slice(0, 12);
}
