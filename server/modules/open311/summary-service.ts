import { and, eq } from 'drizzle-orm';
import type { PublicSummaryView } from '../../../common/contracts/open311';
import type { Locale } from '../../../common/roles';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { reportCategories, reportPublicSummaries, users } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { allows, authorize } from '../../platform/policy';
import { loadReport, type ReportRow } from '../reports/access';
import type { ReportContext } from '../reports/context';
import { open311Permissions } from './policy';
import { publishesSummaries } from './publication-service';

const refusals = {
  sv: {
    off: 'organisationen publicerar inte sammanfattningar; en administratör kan slå på det i inställningarna',
    restricted: 'ärenden i skyddade kategorier publiceras aldrig',
  },
  en: {
    off: 'the organization does not publish summaries; an admin can turn it on in the settings',
    restricted: 'reports in restricted categories are never published',
  },
} satisfies Record<Locale, Record<string, string>>;

/** Restricted reports, and reports of a category made restricted later, are never published. */
async function isEligible(db: Tx, report: ReportRow): Promise<boolean> {
  if (report.restricted) return false;
  const [category] = await db
    .select({ restricted: reportCategories.restricted })
    .from(reportCategories)
    .where(sameRow(reportCategories, report.organizationId, report.categoryId));
  return category?.restricted === false;
}

const ofReport = (report: ReportRow) =>
  and(
    eq(reportPublicSummaries.organizationId, report.organizationId),
    eq(reportPublicSummaries.reportId, report.id),
  );

/** The report's public summary as staff see it, with whether it is published and who may change it. */
export async function getPublicSummary(ctx: ReportContext, reportId: string): Promise<PublicSummaryView> {
  const report = await loadReport(ctx.db, ctx.actor, reportId);
  const [publishSummaries, eligible] = await Promise.all([
    publishesSummaries(ctx.db, ctx.actor.organizationId),
    isEligible(ctx.db, report),
  ]);
  const [row] = await ctx.db
    .select({
      text: reportPublicSummaries.text,
      approvedAt: reportPublicSummaries.approvedAt,
      approvedByName: users.displayName,
    })
    .from(reportPublicSummaries)
    .leftJoin(users, eq(users.id, reportPublicSummaries.approvedBy))
    .where(ofReport(report));
  const mayModerate = allows(open311Permissions, ctx.actor, 'open311.moderate_summary', report.areaId);
  return {
    publishSummaries,
    eligible,
    canModerate: mayModerate && eligible,
    summary: row
      ? { text: row.text, approvedAt: row.approvedAt.toISOString(), approvedByName: row.approvedByName }
      : null,
  };
}

/**
 * Approves a public summary: staff's own short text, which public reads then show as the
 * report's description (the point stays coarse). Approving again replaces it. The audit log
 * says who approved when, never the text.
 */
export async function approvePublicSummary(ctx: ReportContext, reportId: string, text: string) {
  const { db, actor } = ctx;
  await db.transaction(async (tx) => {
    const report = await loadReport(tx, actor, reportId, { lock: true });
    authorize(open311Permissions, actor, 'open311.moderate_summary', report.areaId);
    const refusal = refusals[ctx.locale];
    if (!(await isEligible(tx, report)))
      throw new AppError('conflict', [{ path: 'text', message: refusal.restricted }]);
    if (!(await publishesSummaries(tx, actor.organizationId)))
      throw new AppError('conflict', [{ path: 'text', message: refusal.off }]);
    const values = { text, approvedBy: actor.userId, approvedAt: new Date() };
    await tx
      .insert(reportPublicSummaries)
      .values({ organizationId: actor.organizationId, reportId, ...values })
      .onConflictDoUpdate({
        target: [reportPublicSummaries.organizationId, reportPublicSummaries.reportId],
        set: values,
      });
    await recordAudit(tx, actor, {
      action: 'approve_public_summary',
      entityType: 'report',
      entityId: reportId,
      after: { approvedAt: values.approvedAt.toISOString() },
    });
  });
  return getPublicSummary(ctx, reportId);
}

/** Withdraws the public summary at once (idempotent): public reads show no text again. */
export async function withdrawPublicSummary(ctx: ReportContext, reportId: string) {
  const { db, actor } = ctx;
  await db.transaction(async (tx) => {
    const report = await loadReport(tx, actor, reportId, { lock: true });
    authorize(open311Permissions, actor, 'open311.moderate_summary', report.areaId);
    const removed = await tx.delete(reportPublicSummaries).where(ofReport(report)).returning();
    if (removed.length === 0) return;
    await recordAudit(tx, actor, {
      action: 'withdraw_public_summary',
      entityType: 'report',
      entityId: reportId,
      before: { approvedAt: removed[0]?.approvedAt.toISOString() },
    });
  });
  return getPublicSummary(ctx, reportId);
}
