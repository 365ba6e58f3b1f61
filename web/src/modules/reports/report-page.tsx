import { Anchor, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../common/contracts/reports';
import { AnchorLink } from '../../app/anchor-link';
import { Page } from '../../app/page';
import { QueryPage } from '../../app/query-page';
import { areaLabel } from './area-label';
import { Notice } from './notice';
import { PublicSummarySection } from './public-summary-section';
import { formatDateTime } from './report-age';
import { PhotoStrip } from './report-photos';
import { ReportStatusBadge, RestrictedBadge } from './report-status-badge';
import { ReportTimeline } from './report-timeline';
import { useReport } from './reports-api';
import { RestrictedContentNotice } from './restricted-content';
import { TriageActions } from './triage-actions';

export function ReportPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <QueryPage title={t('reports.reportTitle', { code: '' })} query={useReport(id)}>
      {(report) => <ReportView report={report} />}
    </QueryPage>
  );
}

function ReportView({ report }: { report: ReportDetail }) {
  const { t, i18n } = useTranslation();
  const place = [areaLabel(report, t), report.placeLabel, report.locationText].filter(Boolean).join(' · ');
  return (
    <Page title={t('reports.reportTitle', { code: report.trackingCode })}>
      <Group gap="xs">
        <ReportStatusBadge status={report.status} />
        {report.restricted && <RestrictedBadge />}
        <Text fw={600}>{report.categoryName}</Text>
      </Group>
      <TriageActions report={report} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <RestrictedContentNotice report={report} />
            <Text style={{ whiteSpace: 'pre-wrap' }}>
              {report.description ?? t('reports.descriptionHidden')}
            </Text>
            {report.photos.length > 0 && <PhotoStrip photos={report.photos} label={report.trackingCode} />}
            <StatusNotes report={report} />
            <PublicSummarySection report={report} />
            <ReportTimeline updates={report.updates} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Facts
              rows={[
                [t('reports.place'), place || t('app.none')],
                [t('reports.received'), formatDateTime(report.createdAt, i18n.language)],
                [t('reports.source'), t(`reports.sources.${report.source}`)],
              ]}
            />
            <Contact report={report} />
            <Duplicates report={report} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <dl style={{ margin: 0 }}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <Text component="dt" fw={600} size="sm">
            {term}
          </Text>
          <Text component="dd" ms={0} mb="xs">
            {value}
          </Text>
        </div>
      ))}
    </dl>
  );
}

function StatusNotes({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  return (
    <>
      {report.workOrderId && (
        <Text>
          {t('reports.workOrder')}:{' '}
          <AnchorLink to="/work-orders/$id" params={{ id: report.workOrderId }}>
            {t('reports.openWorkOrder')}
          </AnchorLink>
        </Text>
      )}
      {report.duplicateOfId && (
        <Text>
          <AnchorLink to="/reports/$id" params={{ id: report.duplicateOfId }}>
            {t('reports.duplicateOf')}
          </AnchorLink>
        </Text>
      )}
      {report.rejectReason && (
        <Notice color="gray-8" title={t('reports.rejectReason')}>
          {report.rejectReason}
        </Notice>
      )}
      {report.forwardedTo && (
        <Notice color="violet-9" title={t('reports.forwardedTo')}>
          {report.forwardedTo.name}
        </Notice>
      )}
      {report.publicReply && (
        <Notice color="blue-9" title={t('reports.publicReply')}>
          {report.publicReply}
        </Notice>
      )}
    </>
  );
}

function Contact({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  if (!report.contact && !report.contactWithdrawn) return null;
  return (
    <Stack component="section" aria-labelledby="contact-heading" gap={4}>
      <Title order={2} size="h4" id="contact-heading">
        {t('reports.contact')}
      </Title>
      {report.contactWithdrawn || !report.contact ? (
        <Text>{t('reports.contactWithdrawn')}</Text>
      ) : (
        <>
          {report.contact.name && <Text>{report.contact.name}</Text>}
          {report.contact.email && (
            <Anchor href={`mailto:${report.contact.email}`}>{report.contact.email}</Anchor>
          )}
          {report.contact.phone && (
            <Anchor href={`tel:${report.contact.phone}`}>{report.contact.phone}</Anchor>
          )}
          <Text size="sm">
            {report.contact.wantsUpdates ? t('reports.wantsUpdates') : t('reports.noUpdatesWanted')}
          </Text>
        </>
      )}
    </Stack>
  );
}

function Duplicates({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  if (report.duplicates.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="duplicates-heading" gap={4}>
      <Title order={2} size="h4" id="duplicates-heading">
        {t('reports.duplicates')}
      </Title>
      <List>
        {report.duplicates.map((duplicate) => (
          <List.Item key={duplicate.id}>
            <AnchorLink to="/reports/$id" params={{ id: duplicate.id }}>
              {duplicate.trackingCode}
            </AnchorLink>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
