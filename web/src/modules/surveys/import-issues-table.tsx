import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from './survey-types';

/** File-wide problems first, then by line, as the user reads the file top down. */
const byLine = (issues: ImportIssue[]) => [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

/** The problems found in the file: line, field and what is wrong, in the server's words. */
export function ImportIssuesTable({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-issues-heading">
      <Title order={2} size="h3" id="import-issues-heading" mb="xs">
        {t('surveys.import.issuesTitle')}
      </Title>
      {issues.length === 0 ? (
        <Text>{t('surveys.import.noIssues')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
          <Table striped>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
              {t('surveys.import.issuesCaption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.import.line')}</Table.Th>
                <Table.Th scope="col">{t('surveys.import.field')}</Table.Th>
                <Table.Th scope="col">{t('surveys.import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {byLine(issues).map((issue, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one report, never reordered
                <Table.Tr key={index}>
                  <Table.Td>{issue.line ?? t('app.none')}</Table.Td>
                  <Table.Td>{issue.field || t('app.none')}</Table.Td>
                  <Table.Td>{issue.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
