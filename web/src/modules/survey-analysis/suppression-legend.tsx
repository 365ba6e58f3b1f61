import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What "–" and "osäker" mean, under every table of figures. */
export function SuppressionLegend() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t('surveyAnalysis.legend')}
    </Text>
  );
}
