import { and, desc, eq } from 'drizzle-orm';
import type { Open311OutsideAreas } from '../../../common/contracts/open311';
import type { Db } from '../../db/client';
import { open311ApiKeys } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { hashToken, newId, randomToken } from '../../platform/ids';
import { authorize } from '../../platform/policy';
import { reportPermissions } from '../reports/policy';

type KeyRow = typeof open311ApiKeys.$inferSelect;
type Context = { db: Db; actor: Actor };

/** A key as staff see it: never its hash, and the key itself only once, when made. */
const presentKey = (row: KeyRow) => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
  outsideAreas: row.outsideAreas as Open311OutsideAreas,
});

const entityType = 'open311_api_key';

export async function listApiKeys({ db, actor }: Context) {
  authorize(reportPermissions, actor, 'report.configure');
  const rows = await db
    .select()
    .from(open311ApiKeys)
    .where(eq(open311ApiKeys.organizationId, actor.organizationId))
    .orderBy(desc(open311ApiKeys.createdAt));
  return { items: rows.map(presentKey) };
}

/** Makes a key for an Open311 client of this organization; 256 bits, stored as its SHA-256. */
export async function createApiKey(
  { db, actor }: Context,
  { name, outsideAreas }: { name: string; outsideAreas: Open311OutsideAreas },
) {
  authorize(reportPermissions, actor, 'report.configure');
  const secret = randomToken(32);
  const row: KeyRow = {
    organizationId: actor.organizationId,
    id: newId(),
    name,
    keyHash: hashToken(secret),
    createdAt: new Date(),
    revokedAt: null,
    outsideAreas,
  };
  await db.transaction(async (tx) => {
    await tx.insert(open311ApiKeys).values(row);
    const after = { name, outsideAreas };
    await recordAudit(tx, actor, { action: 'create', entityType, entityId: row.id, after });
  });
  return { key: presentKey(row), secret };
}

/** Revokes a key at once (idempotent); another organization's key is 404. */
export async function revokeApiKey({ db, actor }: Context, id: string) {
  authorize(reportPermissions, actor, 'report.configure');
  return db.transaction(async (tx) => {
    const where = and(eq(open311ApiKeys.organizationId, actor.organizationId), eq(open311ApiKeys.id, id));
    const [row] = await tx.select().from(open311ApiKeys).where(where).for('update');
    if (!row) throw notFound();
    if (row.revokedAt) return presentKey(row);
    const [revoked] = await tx.update(open311ApiKeys).set({ revokedAt: new Date() }).where(where).returning();
    await recordAudit(tx, actor, { action: 'revoke', entityType, entityId: id, before: { name: row.name } });
    return presentKey(revoked ?? row);
  });
}

/** Changes what the key's requests placed in no area get (notice or refusal); audited. */
export async function updateApiKey(
  { db, actor }: Context,
  id: string,
  { outsideAreas }: { outsideAreas?: Open311OutsideAreas },
) {
  authorize(reportPermissions, actor, 'report.configure');
  return db.transaction(async (tx) => {
    const where = and(eq(open311ApiKeys.organizationId, actor.organizationId), eq(open311ApiKeys.id, id));
    const [row] = await tx.select().from(open311ApiKeys).where(where).for('update');
    if (!row) throw notFound();
    if (!outsideAreas || outsideAreas === row.outsideAreas) return presentKey(row);
    const [updated] = await tx.update(open311ApiKeys).set({ outsideAreas }).where(where).returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entityType,
      entityId: id,
      before: { outsideAreas: row.outsideAreas },
      after: { outsideAreas },
    });
    return presentKey(updated ?? row);
  });
}
