import { boolean, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { reports } from './reports';
import { users } from './users';

/**
 * What an organization publishes through Open311 beyond category, status, dates and a coarse
 * place. Off until an admin turns it on: then staff may approve a public summary per report.
 * No row means off.
 */
export const open311Publication = pgTable('open311_publication', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  publishSummaries: boolean('publish_summaries').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * A staff-written, staff-approved text that public Open311 reads show as a report's
 * description instead of the tenant's own words (FixMyStreet-style moderation). Withdrawing it
 * deletes the row; the audit log keeps who approved and withdrew, never the text.
 */
export const reportPublicSummaries = pgTable(
  'report_public_summaries',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    reportId: uuid('report_id').notNull(),
    text: text('text').notNull(),
    approvedBy: uuid('approved_by')
      .notNull()
      .references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.reportId] }),
    foreignKey({
      columns: [t.organizationId, t.reportId],
      foreignColumns: [reports.organizationId, reports.id],
    }).onDelete('cascade'),
  ],
);
