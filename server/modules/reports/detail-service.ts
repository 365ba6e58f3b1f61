import { and, asc, eq } from 'drizzle-orm';
import type { ReportDetail } from '../../../common/contracts/reports';
import type { ReportStatus } from '../../../common/reporting';
import { sameRow } from '../../db/same-row';
import { externalBodies, photos, reports, reportUpdates, users } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { allows } from '../../platform/policy';
import { workOrderPermissions } from '../work-orders/policy';
import { loadReport, type ReportRow, triageAction, visibleReports } from './access';
import type { ReportContext } from './context';
import { reportPermissions } from './policy';
import { canTriage, triageVerbs } from './status-rules';
import { presentSummary, summaryRows } from './summaries';

/**
 * What the actor may do with this report, for the UI: 'report.triage' (with the restricted rule
 * applied), the triage steps open from its status ('report.accept', 'report.merge' …),
 * 'report.read_contact' and 'work_order.create'.
 */
function reportAbilities(ctx: ReportContext, report: ReportRow): string[] {
  const list: string[] = [];
  if (allows(reportPermissions, ctx.actor, triageAction(report), report.areaId)) {
    list.push(
      'report.triage',
      ...triageVerbs.filter((v) => canTriage(v, report.status)).map((v) => `report.${v}`),
    );
  }
  if (allows(reportPermissions, ctx.actor, 'report.read_contact', report.areaId))
    list.push('report.read_contact');
  if (allows(workOrderPermissions, ctx.actor, 'work_order.create', report.areaId))
    list.push('work_order.create');
  return list;
}

/**
 * The reporter's contact details, for those who handle reports, and never after withdrawal.
 * Reading them on a restricted report is logged: need-to-know must be checkable afterwards.
 */
async function contactOf(ctx: ReportContext, report: ReportRow): Promise<ReportDetail['contact']> {
  if (report.contactWithdrawnAt) return null;
  if (!allows(reportPermissions, ctx.actor, 'report.read_contact', report.areaId)) return null;
  const given = report.reporterName || report.reporterEmail || report.reporterPhone;
  if (!given) return null;
  if (report.restricted) {
    await recordAudit(ctx.db, ctx.actor, {
      action: 'read_contact',
      entityType: 'report',
      entityId: report.id,
    });
  }
  return {
    name: report.reporterName,
    email: report.reporterEmail,
    phone: report.reporterPhone,
    wantsUpdates: report.wantsUpdates,
  };
}

async function timelineOf(ctx: ReportContext, reportId: string) {
  const rows = await ctx.db
    .select({ update: reportUpdates, authorName: users.displayName })
    .from(reportUpdates)
    .leftJoin(users, eq(users.id, reportUpdates.authorUserId))
    .where(
      and(eq(reportUpdates.organizationId, ctx.actor.organizationId), eq(reportUpdates.reportId, reportId)),
    )
    .orderBy(asc(reportUpdates.createdAt), asc(reportUpdates.id));
  return rows.map(({ update, authorName }) => ({
    id: update.id,
    status: update.status as ReportStatus,
    publicText: update.publicText,
    internalNote: update.internalNote,
    authorName,
    notification: update.notification,
    createdAt: update.createdAt.toISOString(),
  }));
}

async function photosOf(ctx: ReportContext, reportId: string) {
  const rows = await ctx.db
    .select()
    .from(photos)
    .where(
      and(
        eq(photos.organizationId, ctx.actor.organizationId),
        eq(photos.ownerType, 'report'),
        eq(photos.ownerId, reportId),
      ),
    )
    .orderBy(asc(photos.createdAt), asc(photos.id));
  return rows.map((p) => ({ id: p.id, url: `/api/photos/${p.id}`, width: p.width, height: p.height }));
}

async function duplicatesOf(ctx: ReportContext, reportId: string) {
  const rows = await ctx.db
    .select({ id: reports.id, trackingCode: reports.trackingCode, createdAt: reports.createdAt })
    .from(reports)
    .where(and(visibleReports(ctx.actor), eq(reports.duplicateOfId, reportId)))
    .orderBy(asc(reports.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function forwardedTo(ctx: ReportContext, report: ReportRow) {
  if (!report.forwardedToId) return null;
  const [body] = await ctx.db
    .select({ id: externalBodies.id, name: externalBodies.name })
    .from(externalBodies)
    .where(sameRow(externalBodies, report.organizationId, report.forwardedToId));
  return body ?? null;
}

export async function getReportDetail(ctx: ReportContext, id: string): Promise<ReportDetail> {
  const report = await loadReport(ctx.db, ctx.actor, id);
  const [summary] = await summaryRows(
    ctx.db,
    ctx.locale,
    and(visibleReports(ctx.actor), eq(reports.id, id)),
    1,
  );
  if (!summary) throw notFound();
  const [contact, updates, photoList, duplicates, forwarded] = await Promise.all([
    contactOf(ctx, report),
    timelineOf(ctx, id),
    photosOf(ctx, id),
    duplicatesOf(ctx, id),
    forwardedTo(ctx, report),
  ]);
  return {
    ...presentSummary(summary),
    locationText: report.locationText,
    locale: report.locale,
    contact,
    contactWithdrawn: report.contactWithdrawnAt !== null,
    rejectReason: report.rejectReason,
    forwardedTo: forwarded,
    publicReply: report.publicReply,
    photos: photoList,
    updates,
    duplicates,
    abilities: reportAbilities(ctx, report),
  };
}
