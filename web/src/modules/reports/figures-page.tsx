import { Group, Loader, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { type ReportFigures, useReportFigures } from './reports-api';

type Row = ReportFigures['rows'][number];

/** A year back from today, as the default period. */
function yearAgo(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - 1);
  return date.toISOString().slice(0, 10);
}

/** Siffror: reports in, time to first response and to done, and share done in time, per area and month. */
export function FiguresPage() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(yearAgo);
  const [to, setTo] = useState(() => new Date().toISOString().slice(0, 10));
  const figures = useReportFigures(from, to);
  return (
    <Page title={t('reports.figures.title')}>
      <Text>{t('reports.figures.intro')}</Text>
      <Group>
        <TextInput
          type="date"
          label={t('reports.figures.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('reports.figures.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </Group>
      <FormError error={figures.error} />
      {figures.isPending && <Loader aria-label={t('app.loading')} />}
      {figures.data && <FiguresTable rows={figures.data.rows} />}
    </Page>
  );
}

function FiguresTable({ rows }: { rows: Row[] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <Text>{t('reports.figures.empty')}</Text>;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  // Under two days reads best in hours, longer in days.
  const duration = (hours: number | null) => {
    if (hours === null) return t('app.none');
    return hours < 48
      ? t('reports.figures.hours', { value: number.format(hours) })
      : t('reports.figures.days', { value: number.format(hours / 24) });
  };
  return (
    <Table.ScrollContainer minWidth={760} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.area')}</Table.Th>
            <Table.Th scope="col">{t('reports.figures.month')}</Table.Th>
            <Table.Th scope="col">{t('reports.figures.reportsIn')}</Table.Th>
            <Table.Th scope="col">{t('reports.figures.firstResponse')}</Table.Th>
            <Table.Th scope="col">{t('reports.figures.toDone')}</Table.Th>
            <Table.Th scope="col">{t('reports.figures.done')}</Table.Th>
            <Table.Th scope="col">{t('reports.figures.withinTarget')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.areaId ?? 'none'}-${row.month}`}>
              <Table.Th scope="row" fw={500}>
                {row.areaName ?? t('reports.noArea')}
              </Table.Th>
              <Table.Td>{row.month}</Table.Td>
              <Table.Td>{row.reportsIn}</Table.Td>
              <Table.Td>{duration(row.medianHoursToFirstResponse)}</Table.Td>
              <Table.Td>{duration(row.medianHoursToDone)}</Table.Td>
              <Table.Td>{row.done}</Table.Td>
              <Table.Td>
                {row.shareDoneWithinTarget === null
                  ? t('app.none')
                  : `${percent.format(row.shareDoneWithinTarget)} (${row.doneWithinTarget}/${row.done})`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
