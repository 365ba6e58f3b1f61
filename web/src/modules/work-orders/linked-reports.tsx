import { Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../../common/contracts/work-orders';
import { AnchorLink } from '../../app/anchor-link';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import type { ReportList } from '../reports/reports-api';
import { useInvalidateWorkOrders } from './work-orders-api';

/** The reports that feed the work order; planners add one by its tracking code or remove one. */
export function LinkedReports({ workOrder, canEdit }: { workOrder: WorkOrderDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateWorkOrders();
  const [code, setCode] = useState('');
  const link = useMutation({
    mutationFn: async (trackingCode: string) => {
      const found = await api.get<ReportList>(`/api/reports?q=${encodeURIComponent(trackingCode)}&limit=5`);
      const match = found.items.find(
        (item) => item.trackingCode.toLowerCase() === trackingCode.toLowerCase(),
      );
      if (!match) throw new Error(t('workOrders.reportNotFound', { code: trackingCode }));
      await api.post(`/api/work-orders/${workOrder.id}/reports`, { reportIds: [match.id] });
    },
    onSuccess: async () => {
      setCode('');
      await invalidate();
    },
  });
  const unlink = useMutation({
    mutationFn: (reportId: string) => api.delete(`/api/work-orders/${workOrder.id}/reports/${reportId}`),
    onSuccess: () => invalidate(),
  });
  return (
    <Stack component="section" aria-labelledby="linked-heading" gap="xs">
      <Title order={2} size="h3" id="linked-heading">
        {t('workOrders.linkedReports')}
      </Title>
      <FormError error={link.error ?? unlink.error} />
      {workOrder.reports.length === 0 && <Text>{t('workOrders.noReports')}</Text>}
      <List listStyleType="none" spacing={4}>
        {workOrder.reports.map((report) => (
          <List.Item key={report.id}>
            <Group gap="xs">
              <AnchorLink to="/reports/$id" params={{ id: report.id }}>
                {report.trackingCode}
              </AnchorLink>
              <Text span>{report.categoryName}</Text>
              {canEdit && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => unlink.mutate(report.id)}
                  aria-label={t('workOrders.unlink', { code: report.trackingCode })}
                >
                  {t('workOrders.unlinkShort')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      {canEdit && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (code.trim()) link.mutate(code.trim());
          }}
        >
          <Group align="flex-end">
            <TextInput
              label={t('workOrders.addByCode')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
            <Button type="submit" variant="default" loading={link.isPending}>
              {t('workOrders.link')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
