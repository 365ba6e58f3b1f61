import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../../db/schema';
import { testApp } from '../../testing/test-app';
import { claimJob, enqueueJob, ensureRecurringJob, recurringKey } from './queue';
import { nextRunAt } from './schedule';
import { type JobHandler, startJobWorker } from './worker';

beforeAll(() => testApp());

const quiet = { warn: () => undefined, info: () => undefined, error: () => undefined };
/** Each test's own job name: the jobs table is shared by the worker's tests. */
const jobName = () => `test.${crypto.randomUUID()}`;
const rowsOf = async (name: string) => (await testApp()).db.select().from(jobs).where(eq(jobs.name, name));

function worker(handlers: Record<string, JobHandler>) {
  return testApp().then((app) => startJobWorker({ db: app.db, handlers, log: quiet }, false));
}

describe('the job queue', () => {
  it('runs a job once and deletes it; a unique key keeps a second one out while the first is pending', async () => {
    const app = await testApp();
    const name = jobName();
    const seen: unknown[] = [];
    expect(await enqueueJob(app.db, name, { n: 1 }, { uniqueKey: name })).toBe(true);
    expect(await enqueueJob(app.db, name, { n: 2 }, { uniqueKey: name })).toBe(false);
    const work = await worker({ [name]: async ({ payload }) => seen.push(payload) });
    expect(await work.drain()).toBe(1);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await rowsOf(name)).toEqual([]);
  });

  it('does not run a job before its time', async () => {
    const app = await testApp();
    const name = jobName();
    await enqueueJob(app.db, name, {}, { runAt: new Date(Date.now() + 60_000) });
    const work = await worker({ [name]: async () => undefined });
    expect(await work.drain()).toBe(0);
    expect(await rowsOf(name)).toHaveLength(1);
  });

  it('retries a failing job with growing backoff and the last error, and keeps it as failed after its attempts', async () => {
    const app = await testApp();
    const name = jobName();
    await enqueueJob(app.db, name, {}, { maxAttempts: 2 });
    const work = await worker({
      [name]: async () => {
        throw new Error('smtp down');
      },
    });
    await work.drain();
    let [row] = await rowsOf(name);
    expect(row).toMatchObject({ attempts: 1, lastError: 'smtp down', failedAt: null, lockedBy: null });
    expect(row?.runAt.getTime()).toBeGreaterThan(Date.now());
    await app.db
      .update(jobs)
      .set({ runAt: new Date(0) })
      .where(eq(jobs.name, name));
    await work.drain();
    [row] = await rowsOf(name);
    expect(row).toMatchObject({ attempts: 2, lastError: 'smtp down' });
    expect(row?.failedAt).toBeInstanceOf(Date);
    await app.db
      .update(jobs)
      .set({ runAt: new Date(0) })
      .where(eq(jobs.name, name));
    expect(await work.drain()).toBe(0);
  });

  it('moves a recurring job to its next time after each run, one row however many servers register it', async () => {
    const app = await testApp();
    const name = jobName();
    await ensureRecurringJob(app.db, name, { everySeconds: 3600 }, new Date(0));
    await ensureRecurringJob(app.db, name, { everySeconds: 3600 }, new Date(0));
    let runs = 0;
    const work = await worker({ [name]: async () => runs++ });
    expect(await work.drain()).toBe(1);
    const [row] = await rowsOf(name);
    expect(runs).toBe(1);
    expect(row?.uniqueKey).toBe(recurringKey(name));
    expect(row?.runAt.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('gives a job whose worker died to another worker once its lease has run out, not before', async () => {
    const app = await testApp();
    const name = jobName();
    await enqueueJob(app.db, name);
    const dead = await claimJob(app.db, 'dead-worker', 60_000, [name]);
    expect(dead?.lockedBy).toBe('dead-worker');
    let runs = 0;
    const work = await worker({ [name]: async () => runs++ });
    expect(await work.drain()).toBe(0);
    await app.db
      .update(jobs)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(jobs.name, name));
    expect(await work.drain()).toBe(1);
    expect(runs).toBe(1);
    expect(await rowsOf(name)).toEqual([]);
  });

  it('gives a running job back to the queue, due at once, when the server stops', async () => {
    const app = await testApp();
    const name = jobName();
    await ensureRecurringJob(app.db, name, { everySeconds: 3600 }, new Date(0));
    let started!: () => void;
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const work = startJobWorker(
      {
        db: app.db,
        log: quiet,
        pollMs: 20,
        handlers: {
          [name]: ({ signal }) =>
            new Promise((_, reject) => {
              started();
              signal.addEventListener('abort', () => reject(new Error('stopped')));
            }),
        },
      },
      true,
    );
    await running;
    await work.stop();
    const [row] = await rowsOf(name);
    expect(row).toMatchObject({ lockedBy: null, attempts: 0, lastError: null });
    expect(row?.runAt.getTime()).toBe(0);
  });
});

describe('job schedules', () => {
  it('runs daily at a Stockholm wall-clock time, winter and summer', () => {
    expect(nextRunAt({ dailyAt: '03:15' }, new Date('2026-12-07T12:00:00Z')).toISOString()).toBe(
      '2026-12-08T02:15:00.000Z',
    );
    expect(nextRunAt({ dailyAt: '03:15' }, new Date('2026-06-07T00:00:00Z')).toISOString()).toBe(
      '2026-06-07T01:15:00.000Z',
    );
    expect(nextRunAt({ everySeconds: 60 }, new Date('2026-06-07T00:00:00Z')).toISOString()).toBe(
      '2026-06-07T00:01:00.000Z',
    );
  });
});
