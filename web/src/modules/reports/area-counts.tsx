import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AreaReportCounts } from './reports-api';

/** Open and total reports per area under the current filters, as a row of small tiles. */
export function AreaCounts({ counts }: { counts: AreaReportCounts }) {
  const { t } = useTranslation();
  if (counts.areas.length === 0) return null;
  return (
    <Group
      gap="xs"
      component="ul"
      aria-label={t('reports.countsTitle')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {counts.areas.map((area) => (
        <Paper component="li" key={area.areaId ?? 'none'} withBorder px="sm" py={4} radius="xl">
          <Text span size="sm" fw={600}>
            {area.areaName ?? t('reports.noArea')}
          </Text>{' '}
          <Text span size="sm">
            {t('reports.openOfTotal', { open: area.open, total: area.total })}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
