import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { users } from './users';

/**
 * Break-glass grants: someone outside the social team (an admin) opened a restricted report's
 * content, for a limited time, giving a reason. Append-only like the audit log (triggers in the
 * migration): a grant, once given, is part of the record the log review shows. The reason is free
 * text written by staff, which is why it lives here and not in the audit log (that keeps no text).
 * No foreign key to the report: erasing a report must not be blocked by the record that it was read.
 */
export const reportBreakGlass = pgTable(
  'report_break_glass',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    reportId: uuid('report_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('report_break_glass_open_idx').on(t.organizationId, t.reportId, t.userId, t.expiresAt),
  ],
);
