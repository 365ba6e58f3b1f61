import { Button, Group, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../../common/contracts/work-orders';
import type { WorkOrderStatus } from '../../../../common/reporting';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { DoneForm } from './done-form';
import { usePatchWorkOrder } from './use-patch-work-order';

// The server's status machine (work-orders/status.ts), forward moves only, plus reopening a done
// one; field staff start and finish their own, planners also plan, give up and reopen.
const plannerMoves: Record<WorkOrderStatus, WorkOrderStatus[]> = {
  new: ['planned', 'in_progress', 'done', 'wont_do'],
  planned: ['in_progress', 'done', 'wont_do'],
  in_progress: ['done', 'wont_do'],
  done: ['in_progress'],
  wont_do: [],
};
const fieldMoves: Record<WorkOrderStatus, WorkOrderStatus[]> = {
  new: ['in_progress', 'done'],
  planned: ['in_progress', 'done'],
  in_progress: ['done'],
  done: [],
  wont_do: [],
};

/** Planera, Påbörja, Klar (with what was done), Kommer inte göras; Återöppna for planners. */
export function StatusActions({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { t } = useTranslation();
  const [finishing, setFinishing] = useState(false);
  const patch = usePatchWorkOrder(workOrder.id, () => notifySuccess(t('app.saved')));
  const planner = workOrder.abilities.includes('work_order.update');
  const closed = workOrder.status === 'done' || workOrder.status === 'wont_do';
  const assigned = workOrder.abilities.includes('work_order.update_assigned');
  const targets = planner ? plannerMoves[workOrder.status] : assigned ? fieldMoves[workOrder.status] : [];
  if (targets.length === 0) return null;
  return (
    <>
      <FormError error={patch.error} />
      <Group gap="xs" role="group" aria-label={t('workOrders.changeStatus')}>
        {targets.map((status) => (
          <Button
            key={status}
            size="md"
            variant={status === 'done' ? 'filled' : 'default'}
            color={status === 'done' ? 'teal.9' : undefined}
            loading={patch.isPending && patch.variables?.status === status}
            onClick={() => (status === 'done' ? setFinishing(true) : patch.mutate({ status }))}
          >
            {t(closed ? 'workOrders.reopen' : `workOrders.to.${status}`)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={finishing}
        onClose={() => setFinishing(false)}
        title={t('workOrders.doneTitle')}
        fullScreen={false}
      >
        {finishing && (
          <DoneForm
            workOrder={workOrder}
            onDone={() => setFinishing(false)}
            onCancel={() => setFinishing(false)}
          />
        )}
      </Modal>
    </>
  );
}
