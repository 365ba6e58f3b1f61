import { and, desc, eq } from 'drizzle-orm';
import {
  type Open311Disclosure,
  type Open311OutsideAreas,
  open311Disclosure,
} from '../../../common/contracts/open311';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import { open311ApiKeys } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { recordAudit } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { hashToken, newId, randomToken } from '../../platform/ids';
import { allows, authorize } from '../../platform/policy';
import { reportPermissions } from '../reports/policy';
import { open311Permissions } from './policy';

type KeyRow = typeof open311ApiKeys.$inferSelect;
type Context = { db: Db; actor: Actor };

/** A key as staff see it: never its hash, and the key itself only once, when made. */
const presentKey = (row: KeyRow) => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
  outsideAreas: row.outsideAreas as Open311OutsideAreas,
  disclosure: open311Disclosure.catch('public').parse(row.disclosure),
});

const fullRefused = {
  sv: 'bara en administratör kan ge en nyckel nivån full (hyresgästens egen text)',
  en: "only an admin can give a key the level full (the tenant's own text)",
};

/** 'full' hands the tenant's own words to another body: the organization's decision, so admins only. */
function assertMayGrant(actor: Actor, disclosure: Open311Disclosure | undefined) {
  if (disclosure !== 'full' || allows(open311Permissions, actor, 'open311.publication')) return;
  const locale: Locale = actor.locale === 'en' ? 'en' : 'sv';
  throw new AppError('forbidden', [{ path: 'disclosure', message: fullRefused[locale] }]);
}

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
  {
    name,
    outsideAreas,
    disclosure,
  }: { name: string; outsideAreas: Open311OutsideAreas; disclosure: Open311Disclosure },
) {
  authorize(reportPermissions, actor, 'report.configure');
  assertMayGrant(actor, disclosure);
  const secret = randomToken(32);
  const row: KeyRow = {
    organizationId: actor.organizationId,
    id: newId(),
    name,
    keyHash: hashToken(secret),
    createdAt: new Date(),
    revokedAt: null,
    outsideAreas,
    disclosure,
  };
  await db.transaction(async (tx) => {
    await tx.insert(open311ApiKeys).values(row);
    const after = { name, outsideAreas, disclosure };
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

type KeyPatch = { outsideAreas?: Open311OutsideAreas; disclosure?: Open311Disclosure };

/** Changes what the key's requests placed in no area get, or what its reads disclose; audited. */
export async function updateApiKey({ db, actor }: Context, id: string, patch: KeyPatch) {
  authorize(reportPermissions, actor, 'report.configure');
  return db.transaction(async (tx) => {
    const where = and(eq(open311ApiKeys.organizationId, actor.organizationId), eq(open311ApiKeys.id, id));
    const [row] = await tx.select().from(open311ApiKeys).where(where).for('update');
    if (!row) throw notFound();
    const changed = (Object.keys(patch) as (keyof KeyPatch)[]).filter(
      (field) => patch[field] !== undefined && patch[field] !== row[field],
    );
    if (changed.length === 0) return presentKey(row);
    // Lowering a key from 'full' is for anyone who manages keys; raising one to it, an admin's.
    if (changed.includes('disclosure')) assertMayGrant(actor, patch.disclosure);
    const set = Object.fromEntries(changed.map((field) => [field, patch[field]]));
    const [updated] = await tx.update(open311ApiKeys).set(set).where(where).returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entityType,
      entityId: id,
      before: Object.fromEntries(changed.map((field) => [field, row[field]])),
      after: set,
    });
    return presentKey(updated ?? row);
  });
}
