import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { churningTables, vacuumChurningTables } from './pglite-upkeep';

const dataDir = mkdtempSync(path.join(tmpdir(), 'trygg-upkeep-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('PGlite upkeep', () => {
  it('vacuums and analyzes the tables the survey totals churn', async () => {
    const database = await openDatabase({ dataDir });
    try {
      await database.migrate();
      // Rows inserted and deleted leave dead rows until a vacuum.
      await database.db.execute(sql`insert into survey_rollup_pending
        select gen_random_uuid(), gen_random_uuid() from generate_series(1, 500)`);
      await database.db.execute(sql`delete from survey_rollup_pending`);
      await vacuumChurningTables(database);
      const result = (await database.db.execute(sql`
        select relname, n_dead_tup::int as dead, last_vacuum is not null as vacuumed,
               last_analyze is not null as analyzed
          from pg_stat_user_tables where relname in ('survey_rollups', 'survey_rollup_pending')
         order by relname`)) as {
        rows: { relname: string; dead: number; vacuumed: boolean; analyzed: boolean }[];
      };
      expect(result.rows.map((row) => row.relname)).toEqual([...churningTables].sort());
      for (const row of result.rows) expect(row).toMatchObject({ dead: 0, vacuumed: true, analyzed: true });
    } finally {
      await database.close();
    }
  });
});
