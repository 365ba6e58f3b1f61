import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The one job queue (server/platform/jobs/): everything scheduled or retried. Global, like the
 * server processes that work it; a job about one company carries its id in the payload. A worker
 * claims a due row with `for update skip locked` and holds it by a lease (locked_until) that it
 * renews while it works, so a job whose process died is claimed again once the lease runs out.
 * A recurring job is one row (unique_key 'recurring:<name>') moved to its next time after each run.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** At most one pending job per key (a singleton, or the row of a recurring job). */
    uniqueKey: text('unique_key').unique(),
    /** JSON of the recurring schedule ({ everySeconds } or { dailyAt }); null for a one-off job. */
    schedule: jsonb('schedule').$type<Record<string, unknown>>(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** Set when a one-off job used up its attempts: kept for an operator, never claimed again. */
    failedAt: timestamp('failed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('jobs_due_idx').on(t.runAt)],
);
