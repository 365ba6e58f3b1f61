import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from './client';

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('a PostgreSQL connection lost while idle', () => {
  it('is replaced: the process lives on and the next query runs', async () => {
    const database = await openDatabase({ url, dataDir: 'memory://' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const pid = (
        (await database.db.execute(sql`select pg_backend_pid() as pid`)) as { rows: { pid: number }[] }
      ).rows[0].pid;
      const other = await openDatabase({ url, dataDir: 'memory://' });
      await other.db.execute(sql`select pg_terminate_backend(${pid})`);
      await other.close();
      await expect.poll(() => warn.mock.calls.length).toBeGreaterThan(0);
      expect(String(warn.mock.calls[0][0])).toContain('PostgreSQL closed an idle connection');
      const after = (await database.db.execute(sql`select 1 as one`)) as { rows: { one: number }[] };
      expect(after.rows[0].one).toBe(1);
    } finally {
      warn.mockRestore();
      await database.close();
    }
  });
});
