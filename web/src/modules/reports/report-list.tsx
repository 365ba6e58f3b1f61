import { Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPhoto } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../common/contracts/reports';
import { AnchorLink } from '../../app/anchor-link';
import { areaLabel } from './area-label';
import { ageInDays } from './report-age';
import { ReportStatusBadge, RestrictedBadge } from './report-status-badge';

type Props = {
  reports: ReportSummary[];
  /** When set, each row has a checkbox (to make one work order of several reports). */
  selection?: { selected: Set<string>; toggle: (id: string) => void };
};

/** The inbox list: a table on wide screens, cards on a phone. */
export function ReportList({ reports, selection }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  if (reports.length === 0) return <Text>{t('reports.empty')}</Text>;
  if (phone) {
    return (
      <Stack gap="xs">
        {reports.map((report) => (
          <ReportCard key={report.id} report={report} selection={selection} />
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {selection && <Table.Th scope="col">{t('reports.select')}</Table.Th>}
            <Table.Th scope="col">{t('reports.code')}</Table.Th>
            <Table.Th scope="col">{t('reports.category')}</Table.Th>
            <Table.Th scope="col">{t('reports.status')}</Table.Th>
            <Table.Th scope="col">{t('reports.place')}</Table.Th>
            <Table.Th scope="col">{t('reports.age')}</Table.Th>
            <Table.Th scope="col">{t('reports.photos')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr key={report.id}>
              {selection && (
                <Table.Td>
                  <SelectBox report={report} selection={selection} />
                </Table.Td>
              )}
              <Table.Td>
                <AnchorLink to="/reports/$id" params={{ id: report.id }} ff="monospace">
                  {report.trackingCode}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {report.categoryName}
                  {report.restricted && <RestrictedBadge />}
                </Group>
              </Table.Td>
              <Table.Td>
                <ReportStatusBadge status={report.status} />
              </Table.Td>
              <Table.Td>{placeOf(report, t) ?? t('app.none')}</Table.Td>
              <Table.Td>{t('reports.days', { count: ageInDays(report.createdAt) })}</Table.Td>
              <Table.Td>
                <PhotoCount count={report.photoCount} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function placeOf(report: ReportSummary, t: TFunction): string | null {
  return [areaLabel(report, t), report.placeLabel].filter(Boolean).join(' · ') || null;
}

function SelectBox({
  report,
  selection,
}: {
  report: ReportSummary;
  selection: NonNullable<Props['selection']>;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox
      aria-label={t('reports.selectReport', { code: report.trackingCode })}
      checked={selection.selected.has(report.id)}
      onChange={() => selection.toggle(report.id)}
    />
  );
}

function PhotoCount({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    // role="img": a plain div may not carry an aria-label (axe: aria-prohibited-attr).
    <Group gap={4} wrap="nowrap" role="img" aria-label={t('reports.photoCount', { count })}>
      <IconPhoto size={16} aria-hidden />
      <Text size="sm" aria-hidden>
        {count}
      </Text>
    </Group>
  );
}

function ReportCard({ report, selection }: { report: ReportSummary; selection: Props['selection'] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <AnchorLink to="/reports/$id" params={{ id: report.id }} fw={600}>
            {report.trackingCode} · {report.categoryName}
          </AnchorLink>
          <Group gap={6}>
            <ReportStatusBadge status={report.status} />
            {report.restricted && <RestrictedBadge />}
            <PhotoCount count={report.photoCount} />
          </Group>
          <Text size="sm">
            {placeOf(report, t) ?? t('app.none')} ·{' '}
            {t('reports.days', { count: ageInDays(report.createdAt) })}
          </Text>
        </Stack>
        {selection && <SelectBox report={report} selection={selection} />}
      </Group>
    </Card>
  );
}
