import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';

/** The rows of a rejected import as a table: line, field, reason. */
export function ImportIssues({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.issues.length === 0) return null;
  return (
    <section aria-labelledby="import-errors-heading">
      <Title order={2} size="h3" id="import-errors-heading" mb="xs">
        {t('import.errors')}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.line')}</Table.Th>
              <Table.Th scope="col">{t('import.field')}</Table.Th>
              <Table.Th scope="col">{t('import.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {error.issues.map((issue, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one report, never reordered
              <Table.Tr key={index}>
                <Table.Td>{issue.line ?? t('app.none')}</Table.Td>
                <Table.Td>{issue.path || t('app.none')}</Table.Td>
                <Table.Td>{issue.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
