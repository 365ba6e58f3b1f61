import type { Tx } from '../../db/client';
import { recordAudit } from '../../platform/audit';
import { authorize } from '../../platform/policy';
import type { PlaceContext } from './context';
import { type PlaceAction, placePermissions } from './policy';

type Target<Row extends { archivedAt: Date | null }> = {
  entityType: 'area' | 'building' | 'entrance' | 'apartment';
  action: PlaceAction;
  /** Loads the row the actor can see (404 otherwise). */
  load: (tx: Tx) => Promise<Row>;
  /** The area the permission is checked in. */
  areaOf: (row: Row) => string;
  write: (tx: Tx, archivedAt: Date | null) => Promise<unknown>;
};

/**
 * Archives or restores one place in a transaction with its audit entry. Nothing is deleted, and
 * archiving twice keeps the first archive time.
 */
export async function setArchived<Row extends { archivedAt: Date | null }>(
  ctx: PlaceContext,
  id: string,
  archived: boolean,
  target: Target<Row>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await target.load(tx);
    authorize(placePermissions, ctx.actor, target.action, target.areaOf(before));
    const archivedAt = archived ? (before.archivedAt ?? new Date()) : null;
    await target.write(tx, archivedAt);
    await recordAudit(tx, ctx.actor, {
      action: archived ? 'archive' : 'restore',
      entityType: target.entityType,
      entityId: id,
      before,
      after: { archivedAt },
    });
  });
}
