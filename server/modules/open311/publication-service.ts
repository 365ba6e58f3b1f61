import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { open311Publication } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { authorize } from '../../platform/policy';
import { open311Permissions } from './policy';

/** Does the organization publish staff-approved summaries? Off unless an admin turned it on. */
export async function publishesSummaries(db: Tx, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ on: open311Publication.publishSummaries })
    .from(open311Publication)
    .where(eq(open311Publication.organizationId, organizationId));
  return row?.on ?? false;
}

/** Turns publication of approved summaries on or off (admins); audited. Turning it off hides them at once. */
export async function setPublication(db: Db, actor: Actor, publishSummaries: boolean) {
  authorize(open311Permissions, actor, 'open311.publication');
  return db.transaction(async (tx) => {
    const before = await publishesSummaries(tx, actor.organizationId);
    if (before === publishSummaries) return { publishSummaries };
    const values = { publishSummaries, updatedAt: new Date(), updatedBy: actor.userId };
    await tx
      .insert(open311Publication)
      .values({ organizationId: actor.organizationId, ...values })
      .onConflictDoUpdate({ target: open311Publication.organizationId, set: values });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'open311_publication',
      entityId: actor.organizationId,
      before: { publishSummaries: before },
      after: { publishSummaries },
    });
    return { publishSummaries };
  });
}
