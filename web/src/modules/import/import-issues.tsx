import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { IssuesTable } from './issues-table';

/** The rows of a rejected import as a table: line, field, reason. */
export function ImportIssues({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.issues.length === 0) return null;
  const rows = error.issues.map((issue) => ({ line: issue.line, field: issue.path, message: issue.message }));
  return (
    <section aria-labelledby="import-errors-heading">
      <Title order={2} size="h3" id="import-errors-heading" mb="xs">
        {t('import.errors')}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <IssuesTable rows={rows} headings={[t('import.line'), t('import.field'), t('import.reason')]} />
      </Table.ScrollContainer>
    </section>
  );
}
