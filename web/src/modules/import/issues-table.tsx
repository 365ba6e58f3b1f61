import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One problem in an imported file: its line (none when file-wide), field and reason. */
export type IssueRow = { line?: number | null; field: string; message: string };

type Props = {
  rows: IssueRow[];
  /** The column headings: line, field, reason, in the words of the page's own import. */
  headings: [string, string, string];
  caption?: ReactNode;
};

/**
 * The problems of an imported file, one row each. Shared by every import (places, survey
 * answers) so that a rejected file always reads the same way: line, field, reason.
 */
export function IssuesTable({ rows, headings, caption }: Props) {
  const { t } = useTranslation();
  return (
    <Table striped>
      {caption && <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{caption}</Table.Caption>}
      <Table.Thead>
        <Table.Tr>
          {headings.map((heading) => (
            <Table.Th key={heading} scope="col">
              {heading}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((issue, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one report, never reordered
          <Table.Tr key={index}>
            <Table.Td>{issue.line ?? t('app.none')}</Table.Td>
            <Table.Td>{issue.field || t('app.none')}</Table.Td>
            <Table.Td>{issue.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
