import {
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { areas } from './places';
import { users } from './users';

/**
 * A work order (åtgärd) in one of the three pillars: physical environment, management and
 * control, social resilience. Several reports may feed one work order.
 */
export const workOrders = pgTable(
  'work_orders',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** A running number per organization for people to say out loud ("åtgärd 142"). */
    number: integer('number').notNull(),
    pillar: text('pillar').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    areaId: uuid('area_id').notNull(),
    buildingId: uuid('building_id'),
    entranceId: uuid('entrance_id'),
    lon: doublePrecision('lon'),
    lat: doublePrecision('lat'),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    contractor: text('contractor'),
    dueDate: date('due_date', { mode: 'string' }),
    priority: text('priority').notNull().default('normal'),
    status: text('status').notNull().default('new'),
    /** Cost in Swedish kronor. */
    cost: numeric('cost', { precision: 12, scale: 2 }),
    /** What was done, in words the reporters read on their status page. */
    resolution: text('resolution'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.areaId], foreignColumns: [areas.organizationId, areas.id] }),
    unique('work_orders_number_unique').on(t.organizationId, t.number),
    index('work_orders_status_idx').on(t.organizationId, t.status, t.dueDate),
    index('work_orders_assignee_idx').on(t.organizationId, t.assigneeUserId, t.status),
  ],
);

/** A comment on a work order by staff. */
export const workOrderComments = pgTable(
  'work_order_comments',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    workOrderId: uuid('work_order_id').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.workOrderId],
      foreignColumns: [workOrders.organizationId, workOrders.id],
    }),
  ],
);

/**
 * A photo of a report or a work order (before/after). The file lives in the file storage under
 * storageKey, re-encoded without metadata; the row says what it belongs to.
 */
export const photos = pgTable(
  'photos',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    /** 'report' or 'work_order'. */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** For work orders: 'before' or 'after'. */
    phase: text('phase'),
    storageKey: text('storage_key').notNull(),
    contentType: text('content_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('photos_owner_idx').on(t.organizationId, t.ownerType, t.ownerId),
  ],
);
