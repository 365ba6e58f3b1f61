import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Db } from '../../db/client';
import { migrationsFolder } from '../../db/client';
import * as schema from '../../db/schema';
import { dropDatabase, recreateDatabase } from '../../seed/fresh-database';
import { openScratchDatabase } from '../../testing/scratch-database';

/** Raw SQL as someone with database access runs it: rows as plain objects. */
export type Query = (text: string) => Promise<Record<string, unknown>[]>;

export type Copy = { query: Query; close(): Promise<void> };

/**
 * A database of its own for the unlinkability and buffer tests (test helper): nobody else's flush may take
 * its sheets. PostgreSQL (a scratch database) when DATABASE_URL is set, else in-memory PGlite.
 * `copy` makes the documented backup and restores it: pg_dump/pg_restore into another scratch
 * database, or PGlite's data directory (dumpDataDir) loaded into a new instance.
 */
export async function unlinkabilityDatabase(): Promise<{
  db: Db;
  url: string | undefined;
  query: Query;
  copy(): Promise<Copy>;
  close(): Promise<void>;
}> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await openScratchDatabase('unlinkability');
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    return {
      db: scratch.database.db,
      url: scratch.url,
      query: async (text) => (await client.query(text)).rows,
      copy: () => restoredDump(serverUrl, scratch.url as string),
      async close() {
        await client.end();
        await scratch.close();
      },
    };
  }
  const client = await PGlite.create('memory://');
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    url: undefined,
    query: async (text) => (await client.query<Record<string, unknown>>(text)).rows,
    async copy() {
      const copy = await PGlite.create({ loadDataDir: await client.dumpDataDir('none') });
      return {
        query: async (text) => (await copy.query<Record<string, unknown>>(text)).rows,
        close: () => copy.close(),
      };
    },
    close: () => client.close(),
  };
}

const run = promisify(execFile);

/** pg_dump (custom format, as docs/OPERATIONS.md backs up) restored into a new scratch database. */
async function restoredDump(serverUrl: string, sourceUrl: string): Promise<Copy> {
  const file = path.join(tmpdir(), `trygg-unlinkability-${process.pid}.dump`);
  const name = `unlinkability_restored_${process.pid}`;
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${sourceUrl}`]);
  const url = await recreateDatabase(serverUrl, name);
  await run('pg_restore', ['--no-owner', `--dbname=${url}`, file]);
  await rm(file, { force: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    query: async (text) => (await client.query(text)).rows,
    async close() {
      await client.end();
      await dropDatabase(serverUrl, name);
    },
  };
}
