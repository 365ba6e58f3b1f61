import { Alert, Text } from '@mantine/core';
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
    // The title is plain bold text: Mantine's coloured alert titles fall below WCAG contrast.
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      data-testid="changed-after-publication"
    >
      <Text fw={700} size="sm">
        {t('surveys.changed.title', { date: at.slice(0, 10) })}
      </Text>
      <Text size="sm">{t('surveys.changed.hint')}</Text>
    </Alert>
  );
}
