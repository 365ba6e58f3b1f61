import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { jobs } from '../../db/schema';
import { type JobSchedule, nextRunAt } from './schedule';

/**
 * The job queue's table operations (schema: server/db/schema/jobs.ts). Plain SQL on one table, so
 * the same code runs on PostgreSQL with many servers and on PGlite's single connection; pg-boss
 * and graphile-worker need LISTEN/NOTIFY and a connection pool PGlite has not (docs/decisions.md).
 */
export type JobRow = typeof jobs.$inferSelect;

export type EnqueueOptions = { runAt?: Date; uniqueKey?: string; maxAttempts?: number };

/** Adds a job; with a uniqueKey, nothing is added while a job with that key is pending. Returns whether it was added. */
export async function enqueueJob(
  db: Tx,
  name: string,
  payload: Record<string, unknown> = {},
  options: EnqueueOptions = {},
): Promise<boolean> {
  const added = await db
    .insert(jobs)
    .values({
      id: randomUUID(),
      name,
      payload,
      uniqueKey: options.uniqueKey ?? null,
      runAt: options.runAt ?? new Date(),
      maxAttempts: options.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: jobs.uniqueKey })
    .returning({ id: jobs.id });
  return added.length > 0;
}

export const recurringKey = (name: string) => `recurring:${name}`;

/**
 * Makes sure the recurring job exists, first due at its next time (or `firstAt`). Every server
 * calls this at start; the unique key keeps one row however many do. A changed schedule is saved.
 */
export async function ensureRecurringJob(db: Tx, name: string, schedule: JobSchedule, firstAt?: Date) {
  await db
    .insert(jobs)
    .values({
      id: randomUUID(),
      name,
      uniqueKey: recurringKey(name),
      schedule,
      runAt: firstAt ?? nextRunAt(schedule, new Date()),
    })
    .onConflictDoUpdate({ target: jobs.uniqueKey, set: { schedule } });
}

/**
 * Claims the job due first that no live lease holds, for `leaseMs`. `for update skip locked`
 * lets several servers claim at once without waiting on each other or taking the same row; a
 * lease that ran out (its worker died mid-way) makes the job claimable again.
 */
export async function claimJob(
  db: Tx,
  workerId: string,
  leaseMs: number,
  names: string[],
): Promise<JobRow | null> {
  if (names.length === 0) return null;
  const result = (await db.execute(sql`
    update jobs set locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${leaseMs / 1000}),
      attempts = attempts + 1
    where id = (
      select id from jobs
      where run_at <= now() and failed_at is null
        and (locked_until is null or locked_until < now())
        and name in (${sql.join(
          names.map((name) => sql`${name}`),
          sql`, `,
        )})
      order by run_at
      limit 1
      for update skip locked
    )
    returning id`)) as unknown as { rows: { id: string }[] };
  const id = result.rows[0]?.id;
  if (!id) return null;
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
}

const mine = (job: JobRow, workerId: string) => and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId));

/** Extends the lease of a job still running; false when it is no longer this worker's. */
export async function renewLease(db: Tx, job: JobRow, workerId: string, leaseMs: number): Promise<boolean> {
  const renewed = await db
    .update(jobs)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where(mine(job, workerId))
    .returning({ id: jobs.id });
  return renewed.length > 0;
}

/** A job done: a one-off job is deleted, a recurring one moves to its next time. */
export async function completeJob(db: Tx, job: JobRow, workerId: string, now = new Date()) {
  if (!job.schedule) return db.delete(jobs).where(mine(job, workerId));
  const runAt = nextRunAt(job.schedule as JobSchedule, now);
  return db
    .update(jobs)
    .set({ runAt, attempts: 0, lockedBy: null, lockedUntil: null, lastError: null })
    .where(mine(job, workerId));
}

/** 1 s, 2 s, 4 s … after each failure in a row, at most an hour. */
export const backoffMs = (attempts: number) => Math.min(3_600_000, 1000 * 2 ** Math.max(0, attempts - 1));

/**
 * A failed run: tried again after a backoff; a one-off job that used its attempts is marked
 * failed and kept for an operator; a recurring job is never given up, but waits no longer than
 * its next regular time.
 */
export async function failJob(db: Tx, job: JobRow, workerId: string, error: unknown, now = new Date()) {
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  let runAt = new Date(now.getTime() + backoffMs(job.attempts));
  if (job.schedule) {
    const regular = nextRunAt(job.schedule as JobSchedule, now);
    if (regular < runAt) runAt = regular;
  }
  const exhausted = !job.schedule && job.attempts >= job.maxAttempts;
  return db
    .update(jobs)
    .set({ runAt, lockedBy: null, lockedUntil: null, lastError, failedAt: exhausted ? now : null })
    .where(mine(job, workerId));
}

/** Gives a job back unfinished (the server is stopping): due again at once, the attempt not counted. */
export async function releaseJob(db: Tx, job: JobRow, workerId: string) {
  return db
    .update(jobs)
    .set({ lockedBy: null, lockedUntil: null, attempts: sql`greatest(0, ${jobs.attempts} - 1)` })
    .where(mine(job, workerId));
}
