import type { Permissions } from '../../platform/policy';

export type WorkOrderAction =
  | 'work_order.read'
  | 'work_order.create'
  | 'work_order.update'
  | 'work_order.update_assigned'
  | 'work_order.comment'
  | 'work_order.export';

const planners = ['admin', 'safety_coordinator', 'area_manager'] as const;

/**
 * Planners create and change any work order in their areas; field staff and guards change the
 * status, cost, resolution and photos of work orders assigned to them (update_assigned).
 */
export const workOrderPermissions: Permissions<WorkOrderAction> = {
  'work_order.read': [...planners, 'social_coordinator', 'field_staff', 'guard', 'viewer'],
  'work_order.create': planners,
  'work_order.update': planners,
  'work_order.update_assigned': ['field_staff', 'guard'],
  'work_order.comment': [...planners, 'social_coordinator', 'field_staff', 'guard'],
  'work_order.export': planners,
};
