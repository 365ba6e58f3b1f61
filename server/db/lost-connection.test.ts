import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from './client';
import { isDatabaseUnavailable } from './connection-errors';

const url = process.env.DATABASE_URL;

const backendPid = async (db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }) =>
  ((await db.execute(sql`select pg_backend_pid() as pid`)) as { rows: { pid: number }[] }).rows[0].pid;

/** Ends one backend from a connection of its own, as an administrator or a failover would. */
async function terminate(pid: number) {
  const other = await openDatabase({ url, dataDir: 'memory://' });
  await other.db.execute(sql`select pg_terminate_backend(${pid})`);
  await other.close();
}

describe.skipIf(!url)('a PostgreSQL connection lost (PostgreSQL only; skipped without DATABASE_URL)', () => {
  it('while idle is replaced: the process lives on and the next query runs', async () => {
    const database = await openDatabase({ url, dataDir: 'memory://' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await terminate(await backendPid(database.db));
      await expect.poll(() => warn.mock.calls.length).toBeGreaterThan(0);
      expect(String(warn.mock.calls[0][0])).toContain('PostgreSQL connection lost');
      const after = (await database.db.execute(sql`select 1 as one`)) as { rows: { one: number }[] };
      expect(after.rows[0].one).toBe(1);
    } finally {
      warn.mockRestore();
      await database.close();
    }
  });

  it('inside a transaction fails that transaction as "database unavailable", and the process lives on', async () => {
    const database = await openDatabase({ url, dataDir: 'memory://' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // The client is checked out of the pool, between two statements of its transaction, when
      // its backend ends: node-postgres emits 'error' on the client itself, which nobody but
      // client.ts's listener hears (unheard, it ends the process: vitest would fail the run).
      const transaction = database.db.transaction(async (tx) => {
        await terminate(await backendPid(tx));
        await new Promise((resolve) => setTimeout(resolve, 200));
        await tx.execute(sql`select 1`);
      });
      const failure = await transaction.then(
        () => null,
        (error: unknown) => error,
      );
      expect(isDatabaseUnavailable(failure)).toBe(true);
      expect(warn.mock.calls.map((call) => String(call[0]))).toContainEqual(
        expect.stringContaining('PostgreSQL connection lost'),
      );
      const after = (await database.db.execute(sql`select 1 as one`)) as { rows: { one: number }[] };
      expect(after.rows[0].one).toBe(1);
    } finally {
      warn.mockRestore();
      await database.close();
    }
  });
});

describe('which errors mean the database is unavailable', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  it('knows lost connections, refusals and shutdowns, also wrapped as a cause', () => {
    for (const error of [
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      withCode('ECONNREFUSED'),
      withCode('ECONNRESET'),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('Failed query: rollback', { cause: new Error('Connection terminated') }),
      new AggregateError([withCode('ECONNREFUSED')], 'connect failed'),
    ])
      expect(isDatabaseUnavailable(error), error.message).toBe(true);
  });
  it('does not take errors about the request or the data for it', () => {
    for (const error of [
      withCode('23505', 'duplicate key value violates unique constraint'),
      withCode('22P02', 'invalid input syntax for type uuid'),
      new Error('Failed query: select', { cause: withCode('42P01', 'relation does not exist') }),
      new Error('Cannot read properties of undefined'),
      'Connection terminated',
    ])
      expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
