import pg from 'pg';
import type { Db } from './client';

type Queryable = { query<T>(text: string, params: unknown[]): Promise<{ rows: T[] }> };

/**
 * One statement straight to the driver (node-postgres pool or PGlite; both answer `query(text,
 * params)` with `{ rows }`). Only for a hot path whose statement text is built once: Drizzle
 * builds every statement anew, which costs more CPU than a small insert itself. On PostgreSQL the
 * statement is prepared under `name` once per connection, so later calls send only parameters;
 * PGlite runs in the process, with no wire to save.
 */
export async function rawQuery<T>(db: Db, name: string, text: string, params: unknown[]): Promise<T[]> {
  const client = (db as unknown as { $client: Queryable | pg.Pool }).$client;
  if (client instanceof pg.Pool)
    return (await client.query<T & pg.QueryResultRow>({ name, text, values: params })).rows;
  return (await client.query<T>(text, params)).rows;
}
