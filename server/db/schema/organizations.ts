import { boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A housing company. The root of tenancy: every other company-owned row carries its id. */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  /** Admins and social coordinators must use TOTP; on by default, off for the demo. */
  requireTwoFactor: boolean('require_two_factor').notNull().default(true),
  /** Takes part in the survey benchmark: others see its figures only inside medians and quartiles. */
  surveyBenchmarkOptIn: boolean('survey_benchmark_opt_in').notNull().default(false),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
});
