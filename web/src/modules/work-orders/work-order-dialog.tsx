import { Modal, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../common/contracts/reports';
import { notifySuccess } from '../../app/notify';
import { useReportCategories } from '../reports/reports-api';
import { WorkOrderForm } from './work-order-form';

type Props = {
  opened: boolean;
  /** The reports that feed the new work order; area, pillar and title come from the first. */
  reports: Pick<
    ReportSummary,
    'id' | 'trackingCode' | 'categoryId' | 'categoryName' | 'areaId' | 'placeLabel'
  >[];
  onClose: () => void;
  onCreated?: () => void;
};

/** "Skapa åtgärd": a new work order pre-filled from one or more reports, then its page. */
export function WorkOrderDialog({ opened, reports, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categories = useReportCategories();
  const first = reports[0];
  const category = categories.data?.items.find((item) => item.id === first?.categoryId);
  const defaults = {
    pillar: category?.pillar,
    title: first ? [first.categoryName, first.placeLabel].filter(Boolean).join(' – ') : '',
    areaId: reports.find((report) => report.areaId)?.areaId ?? undefined,
    reportIds: reports.map((report) => report.id),
  };
  const created = (saved: { id: string }) => {
    notifySuccess(t('workOrders.created'));
    onClose();
    onCreated?.();
    void navigate({ to: '/work-orders/$id', params: { id: saved.id } });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('workOrders.new')} size="lg">
      {reports.length > 0 && (
        <Text size="sm" mb="sm">
          {t('workOrders.fromReports', { codes: reports.map((report) => report.trackingCode).join(', ') })}
        </Text>
      )}
      {/* Mounted only while open, so the form starts from this selection's defaults each time. */}
      {opened && (categories.data || categories.isError) && (
        <WorkOrderForm defaults={defaults} onDone={created} onCancel={onClose} />
      )}
    </Modal>
  );
}
