import { Button, Group, Modal } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../common/contracts/reports';
import { closedReportStatuses } from '../../../../common/reporting';
import { WorkOrderDialog } from '../work-orders/work-order-dialog';
import { MergeDialog } from './merge-dialog';
import { TriageDialog, type TriageKind } from './triage-dialog';

type Dialog = TriageKind | 'merge' | 'workOrder' | null;

/** The triage actions the server says this actor may take on this report, in its current status. */
export function TriageActions({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const canTriage = report.abilities.some((a) => a === 'report.triage' || a === 'report.triage_restricted');
  const open = !closedReportStatuses.includes(report.status);
  const shown: { kind: Exclude<Dialog, null>; when: boolean }[] = [
    { kind: 'accept', when: canTriage && report.status === 'new' },
    {
      kind: 'workOrder',
      when: report.abilities.includes('work_order.create') && open && !report.workOrderId,
    },
    { kind: 'merge', when: canTriage && open && !report.workOrderId },
    { kind: 'reject', when: canTriage && open },
    { kind: 'forward', when: canTriage && open },
    { kind: 'reply', when: canTriage },
  ];
  const visible = shown.filter((item) => item.when);
  if (visible.length === 0) return null;
  const merged = (intoId: string) => {
    close();
    void navigate({ to: '/reports/$id', params: { id: intoId } });
  };
  const triage = dialog === 'accept' || dialog === 'reject' || dialog === 'forward' || dialog === 'reply';
  return (
    <>
      <Group gap="xs" role="group" aria-label={t('reports.triage.title')}>
        {visible.map((item, index) => (
          <Button
            key={item.kind}
            variant={index === 0 ? 'filled' : 'default'}
            onClick={() => setDialog(item.kind)}
          >
            {t(`reports.triage.${item.kind}`)}
          </Button>
        ))}
      </Group>
      <Modal opened={triage} onClose={close} title={triage ? t(`reports.triage.${dialog}Title`) : ''}>
        {triage && <TriageDialog kind={dialog} reportId={report.id} onDone={close} onCancel={close} />}
      </Modal>
      <Modal opened={dialog === 'merge'} onClose={close} title={t('reports.triage.mergeTitle')} size="lg">
        {dialog === 'merge' && <MergeDialog reportId={report.id} onMerged={merged} />}
      </Modal>
      <WorkOrderDialog opened={dialog === 'workOrder'} reports={[report]} onClose={close} />
    </>
  );
}
