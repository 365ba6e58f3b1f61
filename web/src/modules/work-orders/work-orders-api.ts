import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { WorkOrderDetail, workOrderList } from '../../../../common/contracts/work-orders';
import type { Pillar, WorkOrderStatus } from '../../../../common/reporting';
import { api } from '../../app/api';

export type WorkOrderList = z.infer<typeof workOrderList>;
export type WorkOrderFilters = {
  statuses: WorkOrderStatus[];
  pillar: Pillar | null;
  areaId: string | null;
  assignee: 'me' | null;
  q: string;
};
export type Assignee = { id: string; name: string };

// Every work order query starts with 'work-orders'; a change refreshes lists and detail together.
const root = 'work-orders';

export function workOrderParams(filters: WorkOrderFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.statuses.length > 0) params.set('status', filters.statuses.join(','));
  if (filters.pillar) params.set('pillar', filters.pillar);
  if (filters.areaId) params.set('areaId', filters.areaId);
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  return params;
}

export function useWorkOrders(filters: WorkOrderFilters) {
  return useQuery({
    queryKey: [root, 'list', filters],
    queryFn: () => {
      const query = workOrderParams(filters).toString();
      return api.get<WorkOrderList>(`/api/work-orders${query ? `?${query}` : ''}`);
    },
  });
}

export function useWorkOrder(id: string) {
  return useQuery({
    queryKey: [root, 'detail', id],
    queryFn: () => api.get<WorkOrderDetail>(`/api/work-orders/${id}`),
  });
}

/** People a work order can be assigned to (active members of the organization). */
export function useAssignees(enabled: boolean) {
  return useQuery({
    queryKey: [root, 'assignees'],
    queryFn: () => api.get<{ items: Assignee[] }>('/api/work-orders/assignees'),
    enabled,
    staleTime: 60_000,
  });
}

/** Refreshes work orders and reports: linking and closing a work order moves its reports too. */
export function useInvalidateWorkOrders() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [root] }),
      queryClient.invalidateQueries({ queryKey: ['reports'] }),
    ]);
}
