import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/** Field issues keyed by path, in the shape Mantine's form.setErrors takes. */
export function issuesByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
}

/** The error message of a failed request, announced to screen readers (role=alert). */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : t('app.error');
  return (
    <Alert color="red" role="alert" title={t('app.error')} variant="light">
      {message}
    </Alert>
  );
}
