import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { testConfig } from '../../config';
import type { Database } from '../../db/client';
import { openScratchDatabase } from '../../testing/scratch-database';

/**
 * An app on a database of its own (a fresh in-memory PGlite, or a scratch database on the
 * PostgreSQL server of DATABASE_URL), for tests that need to see every organization in the
 * database — the benchmark counts all companies that take part — or the seeded demo.
 */
export async function scratchApp(
  name: string,
): Promise<{ app: FastifyInstance; database: Database; close(): Promise<void> }> {
  const scratch = await openScratchDatabase(name);
  const { database } = scratch;
  const app = await buildApp({ config: testConfig({ DATABASE_URL: scratch.url }), db: database.db });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await scratch.close();
    },
  };
}
