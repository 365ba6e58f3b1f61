import { eq, sql } from 'drizzle-orm';
import { type RetentionKindName, retentionKinds } from '../../../common/retention/schedule';
import type { Db } from '../../db/client';
import { organizations, retentionRuns } from '../../db/schema';
import { newId } from '../../platform/ids';
import { JobAborted } from '../../platform/jobs/worker';
import type { FileStorage } from '../../platform/storage';
import type { BatchScope, BatchStep } from './batch';
import { cutoffOf, type EffectivePeriod, effectivePeriods } from './periods';
import { retentionSteps } from './rules';

export type RetentionOptions = {
  db: Db;
  storage: FileStorage;
  now?: Date;
  /** Rows per batch: each batch is its own short transaction, so no lock is held long. */
  batchSize?: number;
  /**
   * After each batch, rest this many times as long as the batch took (5: retention works at
   * most a sixth of the time), leaving the database to intake on a small machine.
   */
  restRatio?: number;
  /** Aborted when the server stops: the run ends after the batch in hand. */
  signal?: AbortSignal;
  /** Only these organizations, and the installation-wide kinds only if `installationWide` (one company's run, tests). */
  organizationIds?: string[];
  installationWide?: boolean;
  /** Called after each committed batch (tests stop a run half-way here). */
  afterBatch?: (kind: RetentionKindName, organizationId: string | null, rows: number) => void | Promise<void>;
};

export const defaultBatchSize = 250;

/**
 * Retention works at most a sixth of the time. bench/retention.ts, 10 M rows, intake at 500/s:
 * batches of 2,000 without rest raised intake p99 1.67×, 1,000 resting 2× 3.1×, 250 resting 5×
 * 1.13× (within the 20 % budget), at about 6,000 rows a second.
 */
export const defaultRestRatio = 5;

const rest = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ruleText = (p: EffectivePeriod) => `${p.period} ${p.unit} (${p.source})`;

/** One kind for one organization (or the installation): its steps batch by batch, recorded as one run. */
async function runKind(options: RetentionOptions, organizationId: string | null, period: EffectivePeriod) {
  const { db } = options;
  const steps: BatchStep[] = retentionSteps[period.kind];
  const scope: BatchScope = {
    db,
    storage: options.storage,
    organizationId,
    cutoff: cutoffOf(options.now ?? new Date(), period.period, period.unit),
    batchSize: options.batchSize ?? defaultBatchSize,
  };
  const id = newId();
  await db.insert(retentionRuns).values({
    id,
    organizationId,
    kind: period.kind,
    rule: ruleText(period),
    period: period.period,
    unit: period.unit,
    decision: period.decision,
  });
  let total = 0;
  try {
    for (const step of steps) {
      for (let more = true; more; ) {
        if (options.signal?.aborted) throw new JobAborted('server stopping');
        const began = performance.now();
        const batch = await step(scope);
        await rest((performance.now() - began) * (options.restRatio ?? defaultRestRatio));
        more = batch.more;
        total += batch.rows;
        // The count so far is saved after each batch, so a run killed half-way shows what it did.
        if (batch.rows > 0)
          await db.update(retentionRuns).set({ rows: total }).where(eq(retentionRuns.id, id));
        await options.afterBatch?.(period.kind, organizationId, batch.rows);
      }
    }
    await db
      .update(retentionRuns)
      .set({ rows: total, finishedAt: sql`now()` })
      .where(eq(retentionRuns.id, id));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db
      .update(retentionRuns)
      .set({ rows: total, error: message.slice(0, 500) })
      .where(eq(retentionRuns.id, id));
    throw error;
  }
  return total;
}

/**
 * Carries out the retention schedule: for every organization its own periods (or the
 * defaults), then the installation-wide kinds. Idempotent: each batch selects only what is still
 * due, so running it again, or after a run was killed, does the rest and nothing twice.
 */
export async function runRetention(options: RetentionOptions): Promise<number> {
  let total = 0;
  const orgs = options.organizationIds
    ? options.organizationIds.map((id) => ({ id }))
    : await options.db.select({ id: organizations.id }).from(organizations).orderBy(organizations.id);
  for (const org of orgs) {
    for (const period of await effectivePeriods(options.db, org.id)) {
      if (retentionKinds[period.kind].scope === 'organization')
        total += await runKind(options, org.id, period);
    }
  }
  if (options.organizationIds && !options.installationWide) return total;
  for (const period of await effectivePeriods(options.db, null)) {
    if (retentionKinds[period.kind].scope === 'installation') total += await runKind(options, null, period);
  }
  return total;
}
