import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * "Ändrad efter publicering <date>": the wave was reopened, or had answers keyed or imported, after
 * it closed. Shown wherever its results are, so readers know the published figures moved.
 */
export function ChangedAfterPublication({ at }: { at: string | null }) {
  const { t } = useTranslation();
  if (!at) return null;
  return (
    <Alert
      color="yellow"
      variant="outline"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('surveys.changed.title', { date: at.slice(0, 10) })}
      data-testid="changed-after-publication"
    >
      {t('surveys.changed.hint')}
    </Alert>
  );
}
