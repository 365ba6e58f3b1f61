import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { testConfig } from '../../config';
import { type Database, openDatabase } from '../../db/client';
import { dropDatabase, recreateDatabase } from '../../seed/fresh-database';

/**
 * An app on a database of its own (a fresh in-memory PGlite, or a scratch database on the
 * PostgreSQL server of DATABASE_URL), for tests that need to see every organization in the
 * database — the benchmark counts all companies that take part — or the seeded demo.
 */
export async function scratchApp(
  name: string,
): Promise<{ app: FastifyInstance; database: Database; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  const scratchName = `${name}_${process.pid}`;
  const scratchUrl = url ? await recreateDatabase(url, scratchName) : undefined;
  const database = await openDatabase({ url: scratchUrl, dataDir: 'memory://' });
  await database.migrate();
  const app = await buildApp({ config: testConfig({ DATABASE_URL: scratchUrl }), db: database.db });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
      if (url) await dropDatabase(url, scratchName);
    },
  };
}
