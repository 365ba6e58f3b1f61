import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaveStatus, WaveSummary } from './survey-types';

const statusColors: Record<WaveStatus, string> = { draft: 'gray.7', open: 'teal.9', closed: 'blue.9' };

export function WaveStatusBadge({ status }: { status: WaveStatus }) {
  const { t } = useTranslation();
  return <Badge color={statusColors[status]}>{t(`surveys.statuses.${status}`)}</Badge>;
}

/** "2026-03-01 – 2026-04-15", or "från 2026-03-01" for a survey without an end. */
export function usePeriod() {
  const { t } = useTranslation();
  return (wave: Pick<WaveSummary, 'startsOn' | 'endsOn'>) =>
    wave.endsOn
      ? `${wave.startsOn} – ${wave.endsOn}`
      : t('surveys.periodOpenEnded', { start: wave.startsOn });
}
