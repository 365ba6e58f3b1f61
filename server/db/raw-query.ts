import type { Db } from './client';

type Queryable = { query<T>(text: string, params: unknown[]): Promise<{ rows: T[] }> };

/**
 * One statement straight to the driver (node-postgres pool or PGlite; both answer `query(text,
 * params)` with `{ rows }`). Only for a hot path whose statement text is built once: Drizzle
 * builds every statement anew, which costs more CPU than a small insert itself.
 */
export async function rawQuery<T>(db: Db, text: string, params: unknown[]): Promise<T[]> {
  const client = (db as unknown as { $client: Queryable }).$client;
  return (await client.query<T>(text, params)).rows;
}
