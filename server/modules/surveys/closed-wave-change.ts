import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { surveyWaves } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import type { SurveyContext } from './context';
import { fieldError } from './messages';

/**
 * A closed wave's results are published: reopening it, or keying or importing answers into it,
 * changes them behind the readers' backs unless it is said. So each needs a reason (400 naming
 * `reason` without one), is audited with it, and marks the wave "changed after publication".
 * Returns the reason when the wave is closed, null when it is not (nothing to say then).
 */
export function reasonForClosedWave(
  ctx: SurveyContext,
  wave: { status: string },
  reason: string | undefined,
): string | null {
  if (wave.status !== 'closed') return null;
  if (!reason) throw fieldError(ctx.locale, 'reason', 'reasonNeeded');
  return reason;
}

export type ClosedWaveChange = 'reopen' | 'paper_after_close' | 'import_after_close';

/** Marks the wave changed after publication now and audits why, in the change's transaction. */
export async function markChangedAfterClose(
  tx: Tx,
  actor: Actor,
  waveId: string,
  change: { action: ClosedWaveChange; reason: string; detail?: Record<string, unknown> },
) {
  await tx
    .update(surveyWaves)
    .set({ changedAfterCloseAt: sql`now()` })
    .where(sameRow(surveyWaves, actor.organizationId, waveId));
  await recordAudit(tx, actor, {
    action: change.action,
    entityType: 'survey_wave',
    entityId: waveId,
    after: { reason: change.reason, ...change.detail },
  });
}
