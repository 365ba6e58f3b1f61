import { type Database, openDatabase } from '../db/client';
import { dropDatabase, recreateDatabase } from '../seed/fresh-database';

/**
 * A migrated database of its own, for tests about the whole database (the demo seed, demo mode,
 * every organization's figures): a fresh in-memory PGlite, or a scratch database on the
 * PostgreSQL server of DATABASE_URL, dropped again by `close`.
 */
export async function openScratchDatabase(
  name: string,
): Promise<{ database: Database; url: string | undefined; close(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  const scratchName = `${name}_${process.pid}`;
  const url = serverUrl ? await recreateDatabase(serverUrl, scratchName) : undefined;
  const database = await openDatabase({ url, dataDir: 'memory://' });
  await database.migrate();
  return {
    database,
    url,
    async close() {
      await database.close();
      if (serverUrl) await dropDatabase(serverUrl, scratchName);
    },
  };
}
