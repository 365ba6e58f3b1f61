import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { responseTemplate, responseTemplateInput } from '../../../common/contracts/reports';
import { tenantLocales } from '../../../common/reporting';
import { reportCategories, responseTemplates } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { ReportContext } from './context';
import { reportMessage } from './messages';
import { ensureConfigure } from './settings-access';

type Input = z.infer<typeof responseTemplateInput>;
type Row = typeof responseTemplates.$inferSelect;

const present = (row: Row): z.infer<typeof responseTemplate> => ({
  id: row.id,
  categoryId: row.categoryId,
  status: row.status as Input['status'],
  locale: row.locale,
  text: row.text,
});

export async function listResponseTemplates(ctx: ReportContext) {
  ensureConfigure(ctx.actor);
  const rows = await ctx.db
    .select()
    .from(responseTemplates)
    .where(eq(responseTemplates.organizationId, ctx.actor.organizationId))
    .orderBy(asc(responseTemplates.status), asc(responseTemplates.locale), asc(responseTemplates.id));
  return { items: rows.map(present) };
}

async function ensureValid(ctx: ReportContext, input: Input) {
  const issues = [];
  if (!(tenantLocales as readonly string[]).includes(input.locale)) {
    issues.push({ path: 'locale', message: reportMessage(ctx.locale, 'unknown') });
  }
  if (input.categoryId) {
    const [category] = await ctx.db
      .select({ id: reportCategories.id })
      .from(reportCategories)
      .where(
        and(
          eq(reportCategories.organizationId, ctx.actor.organizationId),
          eq(reportCategories.id, input.categoryId),
        ),
      );
    if (!category) issues.push({ path: 'categoryId', message: reportMessage(ctx.locale, 'unknown') });
  }
  if (issues.length) throw new AppError('validation_failed', issues);
}

/** One text per category (or all categories), status and language: a second PUT replaces the first. */
export async function putResponseTemplate(ctx: ReportContext, input: Input) {
  ensureConfigure(ctx.actor);
  await ensureValid(ctx, input);
  const [row] = await ctx.db.transaction(async (tx) => {
    const saved = await tx
      .insert(responseTemplates)
      .values({ organizationId: ctx.actor.organizationId, id: newId(), ...input })
      .onConflictDoUpdate({
        target: [
          responseTemplates.organizationId,
          responseTemplates.categoryId,
          responseTemplates.status,
          responseTemplates.locale,
        ],
        set: { text: input.text, updatedAt: sql`now()` },
      })
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'response_template',
      entityId: saved[0].id,
      after: input,
    });
    return saved;
  });
  return present(row);
}

export async function deleteResponseTemplate(ctx: ReportContext, id: string) {
  const where = and(
    eq(responseTemplates.organizationId, ctx.actor.organizationId),
    eq(responseTemplates.id, id),
  );
  const [before] = await ctx.db.select().from(responseTemplates).where(where);
  if (!before) throw notFound();
  ensureConfigure(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(responseTemplates).where(where);
    await recordAudit(tx, ctx.actor, {
      action: 'delete',
      entityType: 'response_template',
      entityId: id,
      before: present(before),
    });
  });
}
