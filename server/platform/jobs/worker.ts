import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Tx } from '../../db/client';
import { isDatabaseUnavailable } from '../../db/connection-errors';
import { claimJob, completeJob, failJob, type JobRow, releaseJob, renewLease } from './queue';

/** What a handler is given: its payload, a signal that aborts when the server stops, and its row. */
export type JobContext = { payload: Record<string, unknown>; signal: AbortSignal; job: JobRow };
export type JobHandler = (context: JobContext) => Promise<unknown>;

export type JobWorkerOptions = {
  db: Tx;
  handlers: Record<string, JobHandler>;
  log: Pick<FastifyBaseLogger, 'warn' | 'info' | 'error'>;
  /** Jobs run at once by this process (a long retention run does not hold up the reminders). */
  concurrency?: number;
  /** How often an idle worker looks for due jobs. */
  pollMs?: number;
  /** How long a claim holds without renewal; renewed every third of it while the job runs. */
  leaseMs?: number;
};

export type JobWorker = {
  /** Claims and runs due jobs until none is due (tests call it; the loop calls it too). */
  drain(): Promise<number>;
  /** Stops claiming, aborts running handlers' signals and waits for them to return. */
  stop(): Promise<void>;
};

/** Thrown by a handler that stopped because the server is stopping: the job is released, not failed. */
export class JobAborted extends Error {}

/**
 * Works the job queue in this process. Each slot claims one due job, runs its handler while
 * renewing the lease, then completes or fails it (queue.ts); an idle slot polls every `pollMs`.
 * A database away for a moment is logged and retried at the next poll; nothing here ends the process.
 */
export function startJobWorker(options: JobWorkerOptions, autostart = true): JobWorker {
  const { db, handlers, log } = options;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const workerId = `${process.pid}:${randomUUID()}`;
  const names = Object.keys(handlers);
  const abort = new AbortController();
  const running = new Set<Promise<unknown>>();
  let stopped = false;

  const runOne = async (): Promise<boolean> => {
    const job = await claimJob(db, workerId, leaseMs, names);
    if (!job) return false;
    const heartbeat = setInterval(() => {
      renewLease(db, job, workerId, leaseMs).catch((error) =>
        log.warn({ err: error, job: job.name }, 'lease not renewed'),
      );
    }, leaseMs / 3).unref();
    try {
      await (handlers[job.name] as JobHandler)({ payload: job.payload, signal: abort.signal, job });
      await completeJob(db, job, workerId);
    } catch (error) {
      if (abort.signal.aborted) {
        await releaseJob(db, job, workerId);
      } else {
        log.warn({ err: error, job: job.name, attempts: job.attempts }, `job ${job.name} failed`);
        await failJob(db, job, workerId, error);
      }
    } finally {
      clearInterval(heartbeat);
    }
    return true;
  };

  const drain = async () => {
    let ran = 0;
    while (!stopped && (await runOne())) ran++;
    return ran;
  };

  const slot = async () => {
    while (!stopped) {
      try {
        if (await runOne()) continue;
      } catch (error) {
        const reason = isDatabaseUnavailable(error) ? 'database unavailable' : 'failed';
        log.warn({ err: error }, `job queue: ${reason}, trying again later`);
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs).unref());
    }
  };

  if (autostart) {
    for (let i = 0; i < (options.concurrency ?? 2); i++) {
      const loop = slot();
      running.add(loop);
      void loop.finally(() => running.delete(loop));
    }
  }
  return {
    drain,
    async stop() {
      stopped = true;
      abort.abort();
      await Promise.allSettled([...running]);
    },
  };
}
