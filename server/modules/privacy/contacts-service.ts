import { eq } from 'drizzle-orm';
import type { PrivacyContactsInput, PrivacyContactsView } from '../../../common/contracts/privacy-notice';
import type { Db } from '../../db/client';
import { organizationPrivacy } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { authorize } from '../../platform/policy';
import { organizationPermissions } from '../organization/policy';

type Row = typeof organizationPrivacy.$inferSelect;

export const presentContacts = (row: Row): PrivacyContactsView => ({
  controllerName: row.controllerName,
  controllerOrgNumber: row.controllerOrgNumber,
  controllerAddress: row.controllerAddress,
  publicSector: row.publicSector,
  dpoName: row.dpoName,
  dpoEmail: row.dpoEmail,
  dpoPhone: row.dpoPhone,
  contactEmail: row.contactEmail,
  contactPhone: row.contactPhone,
  contactWeb: row.contactWeb,
});

/** The organization's privacy contacts, or null before an admin has given them. */
export async function contactsOf(db: Db, organizationId: string): Promise<PrivacyContactsView | null> {
  const [row] = await db
    .select()
    .from(organizationPrivacy)
    .where(eq(organizationPrivacy.organizationId, organizationId));
  return row ? presentContacts(row) : null;
}

export async function readPrivacyContacts(db: Db, actor: Actor) {
  authorize(organizationPermissions, actor, 'organization.read');
  return contactsOf(db, actor.organizationId);
}

/**
 * Sets all the contacts at once (PUT). The audit log names the fields that changed, not their
 * values: a DPO's name and phone are personal data the log would keep for years.
 */
export async function savePrivacyContacts(db: Db, actor: Actor, input: PrivacyContactsInput) {
  authorize(organizationPermissions, actor, 'organization.settings');
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(organizationPrivacy)
      .where(eq(organizationPrivacy.organizationId, actor.organizationId));
    const values = { ...input, updatedAt: new Date() };
    const [after] = await tx
      .insert(organizationPrivacy)
      .values({ organizationId: actor.organizationId, ...values })
      .onConflictDoUpdate({ target: organizationPrivacy.organizationId, set: values })
      .returning();
    const old = before ? presentContacts(before) : null;
    const changed = (Object.keys(input) as (keyof PrivacyContactsInput)[]).filter(
      (field) => old?.[field] !== input[field],
    );
    if (changed.length > 0) {
      await recordAudit(tx, actor, {
        action: before ? 'update' : 'create',
        entityType: 'organization_privacy',
        entityId: actor.organizationId,
        after: { changedFields: changed },
      });
    }
    return presentContacts(after as Row);
  });
}
