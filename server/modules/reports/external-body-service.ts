import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { externalBody, externalBodyInput, externalBodyPatch } from '../../../common/contracts/reports';
import { externalBodies } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { ReportContext } from './context';
import { ensureAnyOf, ensureConfigure } from './settings-access';

type Row = typeof externalBodies.$inferSelect;
type ExternalBody = z.infer<typeof externalBody>;

/** The API key never leaves the server: only whether there is one. */
export const presentExternalBody = (row: Row): ExternalBody => ({
  id: row.id,
  name: row.name,
  email: row.email,
  open311Endpoint: row.open311Endpoint,
  open311ServiceCode: row.open311ServiceCode,
  hasApiKey: Boolean(row.open311ApiKey),
  archived: row.archivedAt !== null,
});
/** What the audit log keeps of a change: everything but the key itself. */
const auditable = (input: Partial<z.infer<typeof externalBodyInput>>) => ({
  ...input,
  open311ApiKey: input.open311ApiKey === undefined ? undefined : input.open311ApiKey ? '(set)' : null,
});

const ofBody = (ctx: ReportContext, id: string) =>
  and(eq(externalBodies.organizationId, ctx.actor.organizationId), eq(externalBodies.id, id));

async function loadBody(ctx: ReportContext, id: string): Promise<Row> {
  const [row] = await ctx.db.select().from(externalBodies).where(ofBody(ctx, id));
  if (!row) throw notFound();
  return row;
}

export async function listExternalBodies(ctx: ReportContext, includeArchived: boolean) {
  ensureAnyOf(ctx.actor, ['report.triage', 'report.triage_restricted', 'report.configure']);
  const rows = await ctx.db
    .select()
    .from(externalBodies)
    .where(
      and(
        eq(externalBodies.organizationId, ctx.actor.organizationId),
        includeArchived ? undefined : isNull(externalBodies.archivedAt),
      ),
    )
    .orderBy(asc(externalBodies.name));
  return { items: rows.map(presentExternalBody) };
}

export async function createExternalBody(ctx: ReportContext, input: z.infer<typeof externalBodyInput>) {
  ensureConfigure(ctx.actor);
  const id = newId();
  const [row] = await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, ctx.actor, {
      action: 'create',
      entityType: 'external_body',
      entityId: id,
      after: auditable(input),
    });
    return tx
      .insert(externalBodies)
      .values({
        organizationId: ctx.actor.organizationId,
        id,
        name: input.name,
        email: input.email ?? null,
        open311Endpoint: input.open311Endpoint ?? null,
        open311ApiKey: input.open311ApiKey || null,
        open311ServiceCode: input.open311ServiceCode || null,
      })
      .returning();
  });
  return presentExternalBody(row);
}

export async function updateExternalBody(
  ctx: ReportContext,
  id: string,
  patch: z.infer<typeof externalBodyPatch>,
) {
  const before = await loadBody(ctx, id);
  ensureConfigure(ctx.actor);
  const [row] = await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'external_body',
      entityId: id,
      before: presentExternalBody(before),
      after: auditable(patch),
    });
    const changes = { ...patch, open311ApiKey: patch.open311ApiKey === '' ? null : patch.open311ApiKey };
    // An empty change is allowed and changes nothing (an UPDATE needs at least one column).
    if (Object.values(changes).every((value) => value === undefined)) return [before];
    return tx.update(externalBodies).set(changes).where(ofBody(ctx, id)).returning();
  });
  return presentExternalBody(row);
}

export async function setExternalBodyArchived(ctx: ReportContext, id: string, archived: boolean) {
  const before = await loadBody(ctx, id);
  ensureConfigure(ctx.actor);
  const archivedAt = archived ? (before.archivedAt ?? new Date()) : null;
  const [row] = await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, ctx.actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'external_body',
      entityId: id,
      after: { archivedAt },
    });
    return tx.update(externalBodies).set({ archivedAt }).where(ofBody(ctx, id)).returning();
  });
  return presentExternalBody(row);
}
