import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change, Figure } from './analysis-types';
import { ChangeValue } from './change-value';
import { FigureValue } from './figure-value';
import { ScrollTable } from './scroll-table';

export type FigureRow = { key: string; label: ReactNode; figure: Figure | null; change?: Change };

/**
 * Rows of figures (items, buildings, groups, areas): the label, share with interval, n and,
 * when given, the change. Also the text alternative of the charts drawn from the same rows.
 */
export function FiguresTable({
  name,
  labelHeader,
  rows,
  withChange = false,
}: {
  name: string;
  labelHeader: string;
  rows: FigureRow[];
  withChange?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable name={name} minWidth={withChange ? 620 : 440}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{labelHeader}</Table.Th>
          <Table.Th scope="col">
            {t('surveyAnalysis.share')} ({t('surveyAnalysis.interval')})
          </Table.Th>
          {withChange && <Table.Th scope="col">{t('surveyAnalysis.change')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={500}>
              {row.label}
            </Table.Th>
            <Table.Td>
              <FigureValue figure={row.figure} />
            </Table.Td>
            {withChange && (
              <Table.Td>
                <ChangeValue change={row.change ?? null} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
