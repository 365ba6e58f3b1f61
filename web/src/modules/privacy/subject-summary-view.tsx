import { Alert, List, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubjectCounts, SubjectSummary } from '../../../../common/contracts/privacy';

const countKeys: (keyof SubjectCounts)[] = [
  'reports',
  'timelineTexts',
  'photos',
  'mails',
  'surveyInvitations',
];

/** What was found: the counts, whether the address is also a staff account, and the reports. */
export function SubjectSummaryView({ summary }: { summary: SubjectSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="subject-found">
      <Title order={2} size="h3" id="subject-found">
        {t('privacy.found')}
      </Title>
      <List mt="xs" data-testid="subject-counts">
        {countKeys.map((key) => (
          <List.Item key={key}>
            {t(`privacy.counts.${key}`)}: <strong>{summary.counts[key]}</strong>
          </List.Item>
        ))}
      </List>
      {summary.isStaffUser && (
        <Alert color="blue" mt="sm">
          {t('privacy.staffUser')}
        </Alert>
      )}
      <Title order={3} size="h4" mt="md">
        {t('privacy.reportsTitle')}
      </Title>
      {summary.reports.length === 0 ? (
        <Text>{t('privacy.noReports')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.trackingCode')}</Table.Th>
                <Table.Th>{t('privacy.category')}</Table.Th>
                <Table.Th>{t('privacy.status')}</Table.Th>
                <Table.Th>{t('privacy.received')}</Table.Th>
                <Table.Th>{t('privacy.language')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.reports.map((report) => (
                <Table.Tr key={report.id}>
                  <Table.Td>{report.trackingCode}</Table.Td>
                  <Table.Td>{report.categoryName}</Table.Td>
                  <Table.Td>{t(`reports.statuses.${report.status}`)}</Table.Td>
                  <Table.Td>{new Date(report.createdAt).toLocaleDateString(i18n.language)}</Table.Td>
                  <Table.Td>{report.locale}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
