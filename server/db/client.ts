import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the application uses, whether it runs on PGlite or PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: services accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens PostgreSQL when a URL is given, otherwise embedded PGlite in `dataDir`
 * ('memory://' keeps it in memory, as tests do).
 */
export async function openDatabase(options: { url?: string; dataDir: string }): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      // A connection that cannot be had within 10 s (the database away, or every connection busy
      // that long) fails the request with 503 rather than letting requests pile up.
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
    });
    // A connection the database ends (a restart, a failover, an administrator, a dropped network)
    // emits 'error' on its client, whether idle in the pool or checked out for a transaction;
    // unheard, that ends this process. So every client is heard from the moment it is made: the
    // query in flight fails (the request is answered 503), and the pool drops the dead client and
    // opens a new one when one is needed.
    pool.on('connect', (client) => client.on('error', (error) => reportLostConnection(client, error)));
    // The pool passes idle clients' errors on as its own; the listener above has reported them.
    pool.on('error', () => undefined);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  const pglite = drizzlePglite(client, { schema });
  return {
    db: pglite as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(pglite, { migrationsFolder }),
    close: () => client.close(),
  };
}

const reported = new WeakSet<pg.PoolClient>();

/** One warning per lost connection (node-postgres may emit its end twice: the server's message, then the socket's end). */
function reportLostConnection(client: pg.PoolClient, error: Error) {
  if (reported.has(client)) return;
  reported.add(client);
  console.warn(`PostgreSQL connection lost: ${error.message}`);
}

let committedMigrations: number | null = null;

/** How many committed migrations are not yet applied (0 means the schema is current). */
export async function pendingMigrationCount(db: Db): Promise<number> {
  // The committed migrations do not change while the process runs: read and hash them once.
  committedMigrations ??= readMigrationFiles({ migrationsFolder }).length;
  try {
    const result = (await db.execute(
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    )) as {
      rows: { count: number }[];
    };
    return committedMigrations - Number(result.rows[0]?.count ?? 0);
  } catch {
    return committedMigrations;
  }
}
