import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  reportCategoryInput,
  reportCategoryPatch,
} from '../../../../common/contracts/report-categories';
import type { Tx } from '../../../db/client';
import { reportCategories, reports } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { recordAudit } from '../../../platform/audit';
import { forbidden, notFound } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import { abilities, areaScope, authorize } from '../../../platform/policy';
import { taken } from '../../places/unique';
import type { ReportContext } from '../context';
import { reportPermissions } from '../policy';
import { presentCategory } from './presenter';

type CategoryInput = z.infer<typeof reportCategoryInput>;
type CategoryPatch = z.infer<typeof reportCategoryPatch>;

const ofOrganization = (actor: Actor, id: string) =>
  and(eq(reportCategories.organizationId, actor.organizationId), eq(reportCategories.id, id));

async function loadCategory(tx: Tx, actor: Actor, id: string) {
  const [row] = await tx.select().from(reportCategories).where(ofOrganization(actor, id));
  if (!row) throw notFound();
  return row;
}

/** Everyone who reads reports in some area sees the categories (names are not need-to-know). */
export async function listCategories({ db, actor }: ReportContext, includeArchived: boolean) {
  if (areaScope(reportPermissions, actor, 'report.read').kind === 'none') throw forbidden();
  const rows = await db
    .select()
    .from(reportCategories)
    .where(
      and(
        eq(reportCategories.organizationId, actor.organizationId),
        includeArchived ? undefined : isNull(reportCategories.archivedAt),
      ),
    )
    .orderBy(asc(reportCategories.sortOrder), asc(reportCategories.key));
  return { items: rows.map(presentCategory), abilities: abilities(reportPermissions, actor) };
}

export async function createCategory(ctx: ReportContext, input: CategoryInput) {
  authorize(reportPermissions, ctx.actor, 'report.configure');
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reportCategories)
      .values({
        organizationId: ctx.actor.organizationId,
        id,
        ...input,
        description: input.description ?? {},
      })
      .onConflictDoNothing({ target: [reportCategories.organizationId, reportCategories.key] })
      .returning();
    if (!row) throw taken(ctx.locale, 'key');
    await recordAudit(tx, ctx.actor, {
      action: 'create',
      entityType: 'report_category',
      entityId: id,
      after: input,
    });
    return presentCategory(row);
  });
}

export async function updateCategory(ctx: ReportContext, id: string, patch: CategoryPatch) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadCategory(tx, ctx.actor, id);
    authorize(reportPermissions, ctx.actor, 'report.configure');
    if (Object.keys(patch).length === 0) return presentCategory(before);
    const [row] = await tx
      .update(reportCategories)
      .set(patch)
      .where(ofOrganization(ctx.actor, id))
      .returning();
    // Reports carry a copy of the flag that visibility checks use; it follows the category.
    if (patch.restricted !== undefined && patch.restricted !== before.restricted) {
      await tx
        .update(reports)
        .set({ restricted: patch.restricted })
        .where(and(eq(reports.organizationId, ctx.actor.organizationId), eq(reports.categoryId, id)));
    }
    await recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'report_category',
      entityId: id,
      before,
      after: patch,
    });
    return presentCategory(row);
  });
}

/** Archived categories are no longer offered to reporters; their reports keep them. */
export async function setCategoryArchived(ctx: ReportContext, id: string, archived: boolean) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadCategory(tx, ctx.actor, id);
    authorize(reportPermissions, ctx.actor, 'report.configure');
    const archivedAt = archived ? (before.archivedAt ?? new Date()) : null;
    const [row] = await tx
      .update(reportCategories)
      .set({ archivedAt })
      .where(ofOrganization(ctx.actor, id))
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'report_category',
      entityId: id,
      before,
      after: { archivedAt },
    });
    return presentCategory(row);
  });
}
