import { sql } from 'drizzle-orm';
import type { Database } from './client';

/**
 * PGlite runs no autovacuum. The tables rewritten all day — the survey totals, updated as the
 * rollup queue is added four times a second, and the queue itself, filled and emptied — would
 * otherwise only grow with dead rows, and their statistics would go stale. PostgreSQL does this
 * itself; on PGlite, a recurring job runs this every ten minutes (server/background-jobs.ts).
 */
export const churningTables = ['survey_rollups', 'survey_rollup_pending'] as const;

export async function vacuumChurningTables(database: Database): Promise<void> {
  if (database.kind !== 'pglite') return;
  for (const table of churningTables) await database.db.execute(sql.raw(`vacuum (analyze) ${table}`));
}
