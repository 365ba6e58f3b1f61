import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from '../app';
import { type Config, testConfig } from '../config';
import { type Database, openDatabase } from '../db/client';

let shared: Promise<{ app: FastifyInstance; database: Database }> | null = null;

async function start(overrides: Partial<Config>, demoMode = false, logStream?: DestinationStream) {
  const config = testConfig({ DATABASE_URL: process.env.DATABASE_URL, ...overrides });
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: 'memory://' });
  if (database.kind === 'pglite') await database.migrate();
  const app = await buildApp({ config, db: database.db, demoMode, logStream });
  app.addHook('onClose', async () => database.close());
  await app.ready();
  return { app, database };
}

/**
 * The app every test in this worker shares, on a real database: in-memory PGlite, or
 * PostgreSQL when DATABASE_URL is set. Tests isolate themselves through their own organizations.
 */
export async function testApp(): Promise<FastifyInstance> {
  shared ??= start({});
  return (await shared).app;
}

/**
 * A separate app with its own configuration and database (for config-dependent behaviour);
 * `demoMode` as main.ts would resolve it for a database seeded with the demo; `logStream` receives
 * the log lines (with a LOG_LEVEL override; tests log nothing by default).
 */
export async function isolatedTestApp(
  overrides: Partial<Config>,
  options: { demoMode?: boolean; logStream?: DestinationStream } = {},
): Promise<FastifyInstance> {
  return (await start(overrides, options.demoMode, options.logStream)).app;
}
