import { Button, Code, Loader, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import type { AuditList } from '../users/users-api';
import { AuditChange } from './audit-change';
import { BreakGlassSection } from './break-glass-section';

const pageSize = 100;

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const log = useInfiniteQuery({
    queryKey: ['audit'],
    queryFn: ({ pageParam }) =>
      api.get<AuditList>(
        `/api/audit?limit=${pageSize}${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    initialPageParam: '',
    getNextPageParam: (last) =>
      last.items.length === pageSize ? last.items[last.items.length - 1]?.id : undefined,
  });
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title={t('audit.title')}>
      <BreakGlassSection />
      <Title order={2} size="h3">
        {t('audit.allTitle')}
      </Title>
      <Text>{t('audit.intro')}</Text>
      <FormError error={log.error} />
      {log.isPending && <Loader aria-label={t('app.loading')} />}
      {log.data && entries.length === 0 && <Text>{t('audit.empty')}</Text>}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.time')}</Table.Th>
                <Table.Th scope="col">{t('audit.who')}</Table.Th>
                <Table.Th scope="col">{t('audit.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.what')}</Table.Th>
                <Table.Th scope="col">{t('audit.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {new Date(entry.createdAt).toLocaleString(i18n.language)}
                  </Table.Td>
                  <Table.Td>{entry.actor?.displayName ?? t('audit.system')}</Table.Td>
                  <Table.Td>
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>{entry.entityType}</Table.Td>
                  <Table.Td>
                    <AuditChange before={entry.before} after={entry.after} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {log.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          onClick={() => void log.fetchNextPage()}
          loading={log.isFetchingNextPage}
        >
          {t('audit.more')}
        </Button>
      )}
    </Page>
  );
}
