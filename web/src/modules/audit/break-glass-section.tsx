import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { breakGlassList } from '../../../../common/contracts/reports';
import { AnchorLink } from '../../app/anchor-link';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';

type BreakGlassList = z.infer<typeof breakGlassList>;

/**
 * "Nödåtkomst": every break-glass read of a restricted report — who, when, which report, why,
 * until when and how many reads — above the rest of the log, so a review sees them first.
 */
export function BreakGlassSection() {
  const { t, i18n } = useTranslation();
  const grants = useQuery({
    queryKey: ['audit', 'break-glass'],
    queryFn: () => api.get<BreakGlassList>('/api/audit/break-glass?limit=200'),
  });
  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const items = grants.data?.items ?? [];
  return (
    <Stack component="section" aria-labelledby="break-glass-heading" gap="xs">
      <Title order={2} size="h3" id="break-glass-heading">
        {t('audit.breakGlass.title')}
      </Title>
      <Text size="sm">{t('audit.breakGlass.intro')}</Text>
      <FormError error={grants.error} />
      {grants.isPending && <Loader aria-label={t('app.loading')} />}
      {grants.data && items.length === 0 && <Text>{t('audit.breakGlass.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.time')}</Table.Th>
                <Table.Th scope="col">{t('audit.who')}</Table.Th>
                <Table.Th scope="col">{t('audit.breakGlass.report')}</Table.Th>
                <Table.Th scope="col">{t('audit.breakGlass.reason')}</Table.Th>
                <Table.Th scope="col">{t('audit.breakGlass.until')}</Table.Th>
                <Table.Th scope="col">{t('audit.breakGlass.reads')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((grant) => (
                <Table.Tr key={grant.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{time(grant.createdAt)}</Table.Td>
                  <Table.Td>{grant.actor.displayName}</Table.Td>
                  <Table.Td>
                    {grant.report.trackingCode ? (
                      <AnchorLink to="/reports/$id" params={{ id: grant.report.id }} ff="monospace">
                        {grant.report.trackingCode}
                      </AnchorLink>
                    ) : (
                      t('audit.breakGlass.erased')
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{grant.reason}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{time(grant.expiresAt)}</Table.Td>
                  <Table.Td>{grant.reads}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
