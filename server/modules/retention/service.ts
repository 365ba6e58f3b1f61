import { desc, eq, sql } from 'drizzle-orm';
import type { RetentionPatch, RetentionView } from '../../../common/contracts/retention';
import { organizationKindNames, retentionKinds } from '../../../common/retention/schedule';
import type { Db } from '../../db/client';
import { retentionRuns, retentionSettings } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { authorize } from '../../platform/policy';
import { effectivePeriods } from './periods';
import { retentionPermissions } from './policy';

/** How many of the latest runs the admin's list shows. */
export const shownRuns = 50;

/** The organization's schedule (own periods or defaults, with bounds) and its own latest runs. */
export async function getRetention(db: Db, actor: Actor): Promise<RetentionView> {
  authorize(retentionPermissions, actor, 'retention.read');
  const periods = await effectivePeriods(db, actor.organizationId);
  const runs = await db
    .select()
    .from(retentionRuns)
    // Only the organization's own runs: installation-wide runs count other companies' rows too.
    .where(eq(retentionRuns.organizationId, actor.organizationId))
    .orderBy(desc(retentionRuns.startedAt))
    .limit(shownRuns);
  return {
    kinds: periods.map((p) => ({
      ...retentionKinds[p.kind],
      kind: p.kind,
      period: p.period,
      source: p.source,
    })),
    decision: periods.find((p) => p.decision)?.decision ?? null,
    runs: runs.map((run) => ({
      id: run.id,
      kind: run.kind,
      installationWide: run.organizationId === null,
      rule: run.rule,
      period: run.period,
      unit: run.unit,
      decision: run.decision,
      rows: run.rows,
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
      failed: run.error !== null,
    })),
  };
}

/**
 * Sets periods (each already checked against its bounds by the contract) and the decision. A
 * decision adopts the whole schedule: every kind gets a row, at its new or current period, so
 * each run records the decision it carries out.
 */
export async function updateRetention(db: Db, actor: Actor, patch: RetentionPatch): Promise<RetentionView> {
  authorize(retentionPermissions, actor, 'retention.settings');
  await db.transaction(async (tx) => {
    const current = await effectivePeriods(tx, actor.organizationId);
    const changed: Record<string, number> = {};
    const before: Record<string, number> = {};
    for (const kind of organizationKindNames) {
      const now = current.find((p) => p.kind === kind);
      if (!now) continue;
      const period = patch.periods?.[kind] ?? now.period;
      const decisionGiven = patch.decision !== undefined;
      if (period === now.period && !decisionGiven) continue;
      if (period !== now.period) {
        before[kind] = now.period;
        changed[kind] = period;
      }
      const decision = decisionGiven ? (patch.decision ?? null) : now.decision;
      await tx
        .insert(retentionSettings)
        .values({ organizationId: actor.organizationId, kind, period, decision })
        .onConflictDoUpdate({
          target: [retentionSettings.organizationId, retentionSettings.kind],
          set: { period, decision, updatedAt: sql`now()` },
        });
    }
    if (Object.keys(changed).length > 0 || patch.decision !== undefined)
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'retention_settings',
        before,
        after: { ...changed, ...(patch.decision !== undefined ? { decision: patch.decision !== null } : {}) },
      });
  });
  return getRetention(db, actor);
}
