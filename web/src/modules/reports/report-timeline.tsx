import { Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../common/contracts/reports';
import { formatDateTime } from './report-age';

/** What happened to the report: status changes, replies to the reporter and internal notes. */
export function ReportTimeline({ updates }: { updates: ReportDetail['updates'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="timeline-heading" gap="xs">
      <Title order={2} size="h3" id="timeline-heading">
        {t('reports.timeline')}
      </Title>
      {updates.length === 0 ? (
        <Text>{t('reports.noUpdates')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={updates.length}>
          {updates.map((update) => (
            <Timeline.Item key={update.id} title={t(`reports.statuses.${update.status}`)}>
              <Text size="sm" c="gray.7">
                {formatDateTime(update.createdAt, i18n.language)} · {update.authorName ?? t('reports.system')}
              </Text>
              {update.publicText && (
                <Text size="sm">
                  {t('reports.publicText')}: {update.publicText}
                </Text>
              )}
              {update.internalNote && (
                <Text size="sm">
                  {t('reports.internalNote')}: {update.internalNote}
                </Text>
              )}
              {update.notification && (
                <Text size="sm" c="gray.7">
                  {t('reports.notification')}: {update.notification}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
