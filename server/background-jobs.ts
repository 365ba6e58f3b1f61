import type { FastifyInstance } from 'fastify';
import type { Database } from './db/client';
import { vacuumChurningTables } from './db/pglite-upkeep';
import { runRetention } from './modules/retention/run';
import { deleteStaleLoginThrottles } from './modules/session/login-throttle';
import { reminderIntervalMs, sendDueReminders } from './modules/surveys/reminders';
import { deleteExpiredSessions } from './platform/auth/sessions';
import { ensureRecurringJob } from './platform/jobs/queue';
import type { JobSchedule } from './platform/jobs/schedule';
import { type JobHandler, type JobWorker, startJobWorker } from './platform/jobs/worker';

type Recurring = { name: string; schedule: JobSchedule; run: JobHandler; firstNow?: boolean };

/**
 * Everything the server does on a schedule, as recurring jobs of the one queue
 * (platform/jobs/): a new scheduled or retried task adds itself here.
 */
function recurringJobs(app: FastifyInstance, database: Database): Recurring[] {
  const jobs: Recurring[] = [
    // Expired sessions are otherwise removed only when presented again, and login throttling
    // rows stop counting: sweep both at start and hourly.
    {
      name: 'sessions.sweep',
      schedule: { everySeconds: 3600 },
      firstNow: true,
      run: () => Promise.all([deleteExpiredSessions(app.db), deleteStaleLoginThrottles(app.db)]),
    },
    {
      name: 'surveys.reminders',
      schedule: { everySeconds: reminderIntervalMs / 1000 },
      run: () => sendDueReminders(app),
    },
    // At night, when few report; batches keep intake unhindered at any hour (bench/retention.ts).
    {
      name: 'retention.run',
      schedule: { dailyAt: '03:15' },
      run: ({ signal }) => runRetention({ db: app.db, storage: app.storage, signal }),
    },
  ];
  if (database.kind === 'pglite')
    jobs.push({
      name: 'pglite.vacuum',
      schedule: { everySeconds: 600 },
      run: () => vacuumChurningTables(database),
    });
  return jobs;
}

/** Registers the recurring jobs and starts this process's worker; main.ts stops it on shutdown. */
export async function startBackgroundJobs(app: FastifyInstance, database: Database): Promise<JobWorker> {
  const recurring = recurringJobs(app, database);
  for (const job of recurring)
    await ensureRecurringJob(app.db, job.name, job.schedule, job.firstNow ? new Date() : undefined);
  const handlers = Object.fromEntries(recurring.map((job) => [job.name, job.run]));
  return startJobWorker({ db: app.db, handlers, log: app.log });
}
