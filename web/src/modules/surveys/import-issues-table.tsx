import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IssuesTable } from '../import/issues-table';
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
          <IssuesTable
            rows={byLine(issues)}
            headings={[t('surveys.import.line'), t('surveys.import.field'), t('surveys.import.message')]}
            caption={t('surveys.import.issuesCaption')}
          />
        </Table.ScrollContainer>
      )}
    </section>
  );
}
