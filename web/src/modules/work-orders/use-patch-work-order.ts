import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { workOrderPatch } from '../../../../common/contracts/work-orders';
import { api } from '../../app/api';
import { useInvalidateWorkOrders } from './work-orders-api';

type Patch = z.input<typeof workOrderPatch>;

/** PATCH one work order, then refresh work orders and the reports it moves. */
export function usePatchWorkOrder(id: string, onDone?: () => void) {
  const invalidate = useInvalidateWorkOrders();
  return useMutation({
    mutationFn: (patch: Patch) => api.patch(`/api/work-orders/${id}`, patch),
    onSuccess: async () => {
      await invalidate();
      onDone?.();
    },
  });
}
