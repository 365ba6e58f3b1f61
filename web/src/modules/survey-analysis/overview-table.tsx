import { Button, Stack, Table, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import type { Overview, OverviewCell, OverviewRow, WaveRef } from './analysis-types';
import { ChangeValue } from './change-value';
import { FigureValue } from './figure-value';
import { ScrollTable } from './scroll-table';
import { TargetProgress } from './target-progress';

/** Areas down, waves across: each cell the share with its interval, n and the change. */
export function OverviewTable({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const { waves, rows } = overview;
  return (
    <ScrollTable name={t('surveyAnalysis.overviewTable')} minWidth={360 + waves.length * 220}>
      <Table.Caption>{t('surveyAnalysis.overviewTable')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('surveyAnalysis.area')}</Table.Th>
          {waves.map((wave) => (
            <Table.Th scope="col" key={wave.id}>
              {wave.name}
            </Table.Th>
          ))}
          <Table.Th scope="col">{t('surveyAnalysis.target')}</Table.Th>
          <Table.Th scope="col">{t('surveyAnalysis.export.areaReports')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <AreaRow key={row.areaId} row={row} waves={waves} />
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('surveyAnalysis.organization')}</Table.Th>
          {waves.map((wave) => (
            <Cell key={wave.id} cell={overview.organization.cells.find((cell) => cell.waveId === wave.id)} />
          ))}
          <Table.Td />
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </ScrollTable>
  );
}

function AreaRow({ row, waves }: { row: OverviewRow; waves: WaveRef[] }) {
  const { t } = useTranslation();
  // By wave the server picks the area's latest wave with answers; by month, this table's last month.
  const latest = waves.at(-1);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <AnchorLink to="/surveys/analysis/areas/$areaId" params={{ areaId: row.areaId }}>
          {row.areaName}
        </AnchorLink>
        {row.trend === 'negative' && (
          <Text size="xs" c="red.9" fw={600}>
            {t('surveyAnalysis.signals.negative')}
          </Text>
        )}
      </Table.Th>
      {waves.map((wave) => (
        <Cell key={wave.id} cell={row.cells.find((cell) => cell.waveId === wave.id)} />
      ))}
      <Table.Td>
        <TargetProgress target={row.target} progress={row.progress} />
      </Table.Td>
      <Table.Td>
        <Button
          component="a"
          href={`/api/survey-analysis/areas/${row.areaId}/report.pdf${latest?.kind === 'month' ? `?waveId=${latest.id}` : ''}`}
          download
          size="compact-sm"
          variant="default"
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          aria-label={t('surveyAnalysis.export.pdfFor', { area: row.areaName })}
        >
          {t('surveyAnalysis.export.pdf')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function Cell({ cell }: { cell: OverviewCell | undefined }) {
  return (
    <Table.Td>
      <Stack gap={2}>
        <FigureValue figure={cell?.figure} />
        {cell?.change && <ChangeValue change={cell.change} />}
      </Stack>
    </Table.Td>
  );
}
