import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { organizationPatch } from '../../../common/contracts/organization';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import { organizationPermissions } from './policy';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function getOrganization(db: Db, actor: Actor): Promise<OrganizationRow> {
  authorize(organizationPermissions, actor, 'organization.read');
  const [row] = await db.select().from(organizations).where(eq(organizations.id, actor.organizationId));
  if (!row) throw notFound();
  return row;
}

export async function updateOrganization(
  db: Db,
  actor: Actor,
  patch: z.infer<typeof organizationPatch>,
): Promise<OrganizationRow> {
  authorize(organizationPermissions, actor, 'organization.settings');
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, actor.organizationId));
    if (!before) throw notFound();
    // Nothing to change (an empty PATCH): answer with the settings as they are, and log nothing.
    if (Object.values(patch).every((value) => value === undefined)) return before;
    const [after] = await tx
      .update(organizations)
      .set(patch)
      .where(eq(organizations.id, actor.organizationId))
      .returning();
    const pick = (row: OrganizationRow) => ({ name: row.name, requireTwoFactor: row.requireTwoFactor });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'organization',
      entityId: actor.organizationId,
      before: pick(before),
      after: pick(after),
    });
    return after;
  });
}
