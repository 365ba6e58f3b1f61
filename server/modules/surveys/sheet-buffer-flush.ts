import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { isDatabaseUnavailable } from '../../db/connection-errors';
import { type BufferedKey, storeSheets } from './sheet-buffer-store';

export type FlushOptions = {
  /** k: sheets stored together at the least, unless a lone sheet's wait is over. */
  minBatch: number;
  /** Store whatever waits now, k or not (tests; the server never forces a small batch). */
  force?: boolean;
  /** The most sheets taken in one run; the rest wait for the next. */
  maxBatch?: number;
  /** Told of a sheet that could not be stored (it is set aside for an hour; the others go on). */
  log?: { warn(details: object, message: string): void };
};

/**
 * Stores the mixing buffer's sheets (survey_sheet_buffer; docs/surveys-anonymity.md) when at least
 * k wait or one has waited its random delay: all of them, in ONE transaction (one statement) that
 * deletes them from the buffer and writes their responses, answers, map points and rollup-queue
 * entries in an order drawn at random. So every response of the batch has the same transaction
 * id and commit, and lies on disk in the drawn order, not the order the codes were claimed. (One
 * transaction per sheet would give sequential ids in the drawn order — no more hidden — at one
 * WAL flush per sheet, which cannot keep up with 500 sheets/s.) If the batch fails, its sheets
 * are stored one by one in the same order, and one that cannot be stored is set aside. The buffer
 * is then vacuumed, so the dead rows of the sheets (which sat beside their code's claim) go.
 * A plain function, so tests call it directly and the job queue can run it. Returns how many
 * sheets were stored.
 */
export async function flushSurveyBuffer(db: Tx, opts: FlushOptions): Promise<number> {
  const state = (await db.execute(sql`
    select count(*)::int as waiting, coalesce(bool_or(flush_after <= now()), false) as due
      from survey_sheet_buffer`)) as { rows: { waiting: number; due: boolean }[] };
  const { waiting = 0, due = false } = state.rows[0] ?? {};
  if (waiting === 0 || !(opts.force || due || waiting >= opts.minBatch)) return 0;
  const taken = (await db.execute(sql`
    select organization_id, id from survey_sheet_buffer limit ${opts.maxBatch ?? 5000}`)) as {
    rows: { organization_id: string; id: string }[];
  };
  const batch = shuffled(taken.rows.map((row) => ({ organizationId: row.organization_id, id: row.id })));
  let stored: number;
  try {
    stored = await storeSheets(db, batch);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error; // the loop tries again later
    stored = await storeOneByOne(db, batch, opts);
  }
  await db.execute(sql`vacuum survey_sheet_buffer`);
  return stored;
}

/** When the batch failed: each sheet alone, in the same drawn order; one that fails is set aside. */
async function storeOneByOne(db: Tx, batch: BufferedKey[], opts: FlushOptions): Promise<number> {
  let stored = 0;
  for (const sheet of batch) {
    try {
      stored += await storeSheets(db, [sheet]);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      await setAside(db, sheet.organizationId, sheet.id);
      opts.log?.warn(
        { err: error },
        'survey sheet buffer: a sheet could not be stored; set aside for an hour',
      );
    }
  }
  return stored;
}

/**
 * A sheet that cannot be stored (say, its wave was deleted) must neither block the others nor,
 * being overdue, make every run flush whatever waits, however few: it waits an hour.
 */
async function setAside(db: Tx, organizationId: string, id: string) {
  await db.execute(sql`update survey_sheet_buffer set flush_after = now() + interval '1 hour'
    where organization_id = ${organizationId} and id = ${id}`);
}

/** Fisher–Yates with the system's cryptographic randomness: the order must not be guessable. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
