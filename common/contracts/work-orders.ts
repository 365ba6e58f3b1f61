import { z } from 'zod';
import { pillars, priorities, workOrderStatuses } from '../reporting';
import { commaList, photo } from './reports';

/** Staff API of work orders (åtgärder). */

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
/** A calendar date PostgreSQL can store and a person can mean (it has no year 0). */
const plannedDate = z.iso
  .date()
  .refine((date) => date >= '2000-01-01' && date <= '2999-12-31', 'out of range');

export const workOrderInput = z.strictObject({
  pillar: z.enum(pillars),
  title: z.string().trim().min(1).max(200),
  description: optionalText(4000),
  areaId: z.uuid(),
  buildingId: z.uuid().nullable().optional(),
  entranceId: z.uuid().nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  assigneeUserId: z.uuid().nullable().optional(),
  contractor: optionalText(200),
  dueDate: plannedDate.nullable().optional(),
  priority: z.enum(priorities).optional(),
  /** Reports that feed the work order; they move to in_progress / done with it. */
  reportIds: z.array(z.uuid()).max(100).optional(),
});

export const workOrderPatch = workOrderInput
  .omit({ reportIds: true })
  .partial()
  .extend({
    status: z.enum(workOrderStatuses).optional(),
    /** SEK, two decimals. */
    cost: z.number().min(0).max(100_000_000).nullable().optional(),
    /** What was done, shown to the reporters. */
    resolution: optionalText(2000),
  });

export const workOrderListQuery = z.strictObject({
  status: commaList(z.enum(workOrderStatuses)).optional(),
  pillar: z.enum(pillars).optional(),
  areaId: z.uuid().optional(),
  /** 'me': the actor's own work orders (field staff on a phone). */
  assignee: z.union([z.literal('me'), z.uuid()]).optional(),
  q: z.string().trim().max(100).optional(),
});

export const workOrderSummary = z.object({
  id: z.uuid(),
  number: z.number().int(),
  pillar: z.enum(pillars),
  title: z.string(),
  areaId: z.uuid(),
  areaName: z.string(),
  placeLabel: z.string().nullable(),
  assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  contractor: z.string().nullable(),
  dueDate: z.string().nullable(),
  priority: z.enum(priorities),
  status: z.enum(workOrderStatuses),
  reportCount: z.number().int(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type WorkOrderSummary = z.infer<typeof workOrderSummary>;
export const workOrderList = z.object({ items: z.array(workOrderSummary) });

export const workOrderComment = z.object({
  id: z.uuid(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const workOrderDetail = workOrderSummary.extend({
  description: z.string().nullable(),
  buildingId: z.uuid().nullable(),
  entranceId: z.uuid().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  cost: z.number().nullable(),
  resolution: z.string().nullable(),
  completedAt: z.string().nullable(),
  reports: z.array(
    z.object({
      id: z.uuid(),
      trackingCode: z.string(),
      categoryName: z.string(),
      status: z.string(),
      createdAt: z.string(),
    }),
  ),
  comments: z.array(workOrderComment),
  photos: z.array(photo.extend({ phase: z.enum(['before', 'after']) })),
  abilities: z.array(z.string()),
});
export type WorkOrderDetail = z.infer<typeof workOrderDetail>;

export const linkReportsInput = z.strictObject({ reportIds: z.array(z.uuid()).min(1).max(100) });
export const commentInput = z.strictObject({ body: z.string().trim().min(1).max(4000) });
export const photoPhaseQuery = z.strictObject({ phase: z.enum(['before', 'after']) });

/** The list filters plus the file format: the export holds what the list shows. */
export const workOrderExportQuery = workOrderListQuery.extend({ format: z.enum(['csv', 'xlsx']) });
export const workOrderReportParams = z.strictObject({ id: z.uuid(), reportId: z.uuid() });
export const workOrderPhoto = photo.extend({ phase: z.enum(['before', 'after']) });
