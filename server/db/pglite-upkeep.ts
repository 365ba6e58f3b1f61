import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { type BackgroundLoop, startBackgroundLoop } from '../platform/background-loop';
import type { Database } from './client';

/**
 * PGlite runs no autovacuum. The tables rewritten all day — the survey totals, updated as the
 * rollup queue is added four times a second, and the queue itself, filled and emptied — would
 * otherwise only grow with dead rows, and their statistics would go stale. PostgreSQL does this
 * itself; on PGlite, main.ts runs this every ten minutes.
 */
export const churningTables = ['survey_rollups', 'survey_rollup_pending'] as const;

export async function vacuumChurningTables(database: Database): Promise<void> {
  if (database.kind !== 'pglite') return;
  for (const table of churningTables) await database.db.execute(sql.raw(`vacuum (analyze) ${table}`));
}

export function startPgliteUpkeep(
  database: Database,
  log: Pick<FastifyBaseLogger, 'warn' | 'info'>,
): BackgroundLoop | null {
  if (database.kind !== 'pglite') return null;
  return startBackgroundLoop('PGlite vacuum', 10 * 60_000, () => vacuumChurningTables(database), log);
}
