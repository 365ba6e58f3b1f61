import { Box, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { useAbility } from '../../app/session';
import { NewReportForm, type StaffReportReceipt } from './new-report-form';

/** Ny rapport: staff write down a report that came by phone or was seen on a walk, then land on it. */
export function NewReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useAbility('report.create');
  const created = (receipt: StaffReportReceipt) => {
    notifySuccess(t('reports.create.created', { code: receipt.trackingCode }));
    void navigate({ to: '/reports/$id', params: { id: receipt.id } });
  };
  return (
    <Page title={t('reports.create.title')}>
      {canCreate ? (
        <Box maw={640}>
          <Text mb="md">{t('reports.create.intro')}</Text>
          <NewReportForm onDone={created} onCancel={() => void navigate({ to: '/reports' })} />
        </Box>
      ) : (
        <Text>{t('reports.create.notAllowed')}</Text>
      )}
    </Page>
  );
}
