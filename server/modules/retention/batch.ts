import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { FileStorage } from '../../platform/storage';

/** What one kind's batch step is given: its organization (null: installation-wide) and cutoff. */
export type BatchScope = {
  db: Db;
  storage: FileStorage;
  organizationId: string | null;
  /** Data whose clock started before this moment is due. */
  cutoff: Date;
  batchSize: number;
};

/**
 * One batch of one kind: changes at most `batchSize` due items in one short transaction (or one
 * statement) and returns how many rows it changed and whether it found a full batch (so there may
 * be more). Each step selects only what is still due, so a rerun after a kill continues where the
 * last committed batch ended and never counts a row twice.
 */
export type BatchStep = (scope: BatchScope) => Promise<{ rows: number; more: boolean }>;

/** Runs a statement of the form `with … select count(*)::int as rows, count(*) … as items` and reads it. */
export async function countOf(db: Db, statement: SQL): Promise<{ rows: number; items: number }> {
  const result = (await db.execute(statement)) as unknown as { rows: { rows: number; items: number }[] };
  const row = result.rows[0];
  return { rows: Number(row?.rows ?? 0), items: Number(row?.items ?? 0) };
}

/** A one-statement delete of due rows, at most a batch: `keys` selects the rows' ctid. */
export function deleteStep(table: string, due: (scope: BatchScope) => SQL): BatchStep {
  return async (scope) => {
    const { rows } = await countOf(
      scope.db,
      sql`with gone as (
        delete from ${sql.identifier(table)} where ctid = any(array(
          select ctid from ${sql.identifier(table)} where ${due(scope)} limit ${scope.batchSize}
        )) returning 1)
      select count(*)::int as rows, count(*)::int as items from gone`,
    );
    return { rows, more: rows >= scope.batchSize };
  };
}
