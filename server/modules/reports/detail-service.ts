import { and, asc, eq } from 'drizzle-orm';
import type { ReportDetail } from '../../../common/contracts/reports';
import type { ReportStatus } from '../../../common/reporting';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { externalBodies, photos, reports, reportUpdates, users } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { allows } from '../../platform/policy';
import { workOrderPermissions } from '../work-orders/policy';
import { loadReport, type ReportRow, visibleReports } from './access';
import type { ReportContext } from './context';
import { reportPermissions } from './policy';
import {
  type ContentAccess,
  contentAccess,
  contentShown,
  logRestrictedRead,
  mayTriage,
  type RestrictedField,
} from './restricted/content-access';
import { canTriage, triageVerbs } from './status-rules';
import { presentSummary, summaryRows } from './summaries';

/**
 * What the actor may do with this report, for the UI: 'report.triage' (with the restricted rule
 * applied), the triage steps open from its status ('report.accept', 'report.merge' …),
 * 'report.read_contact', 'report.break_glass' (content hidden, glass may be broken) and
 * 'work_order.create'.
 */
function reportAbilities(ctx: ReportContext, report: ReportRow, access: ContentAccess): string[] {
  const list: string[] = [];
  if (mayTriage(ctx.actor, report, access)) {
    list.push(
      'report.triage',
      ...triageVerbs.filter((v) => canTriage(v, report.status)).map((v) => `report.${v}`),
    );
  }
  if (contentShown(access) && allows(reportPermissions, ctx.actor, 'report.read_contact', report.areaId))
    list.push('report.read_contact');
  if (access.via === 'hidden' && allows(reportPermissions, ctx.actor, 'report.break_glass', report.areaId))
    list.push('report.break_glass');
  // A restricted report goes into a work order only by its handlers (actionableReports).
  const handles =
    !report.restricted || allows(reportPermissions, ctx.actor, 'report.triage_restricted', report.areaId);
  if (handles && allows(workOrderPermissions, ctx.actor, 'work_order.create', report.areaId))
    list.push('work_order.create');
  return list;
}

/** The reporter's contact details, for those who handle reports, and never after withdrawal. */
function contactOf(ctx: ReportContext, report: ReportRow): ReportDetail['contact'] {
  if (report.contactWithdrawnAt) return null;
  if (!allows(reportPermissions, ctx.actor, 'report.read_contact', report.areaId)) return null;
  const given = report.reporterName || report.reporterEmail || report.reporterPhone;
  if (!given) return null;
  return {
    name: report.reporterName,
    email: report.reporterEmail,
    phone: report.reporterPhone,
    wantsUpdates: report.wantsUpdates,
  };
}

async function timelineOf(db: Tx, ctx: ReportContext, reportId: string) {
  const rows = await db
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

async function photosOf(db: Tx, ctx: ReportContext, reportId: string) {
  const rows = await db
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

async function duplicatesOf(db: Tx, ctx: ReportContext, reportId: string) {
  const rows = await db
    .select({ id: reports.id, trackingCode: reports.trackingCode, createdAt: reports.createdAt })
    .from(reports)
    .where(and(visibleReports(ctx.actor), eq(reports.duplicateOfId, reportId)))
    .orderBy(asc(reports.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function forwardedTo(db: Tx, report: ReportRow) {
  if (!report.forwardedToId) return null;
  const [body] = await db
    .select({ id: externalBodies.id, name: externalBodies.name })
    .from(externalBodies)
    .where(sameRow(externalBodies, report.organizationId, report.forwardedToId));
  return body ?? null;
}

type Timeline = Awaited<ReturnType<typeof timelineOf>>;

/** A restricted report's content as the actor may see it: all of it, or none (texts and photos out). */
function withoutContent(timeline: Timeline) {
  return timeline.map((u) => ({ ...u, publicText: null, internalNote: null }));
}

/**
 * One report for its detail page. For a restricted report the content (description, photos,
 * contact details, timeline texts, reply and reject reason) is shown to the social team or under
 * an open break-glass, and that read is logged in the same transaction; to others it is hidden.
 */
export function getReportDetail(ctx: ReportContext, id: string): Promise<ReportDetail> {
  return ctx.db.transaction((tx) => reportDetailIn(tx, ctx, id));
}

async function reportDetailIn(tx: Tx, ctx: ReportContext, id: string): Promise<ReportDetail> {
  const report = await loadReport(tx, ctx.actor, id);
  const [summary] = await summaryRows(tx, ctx.locale, and(visibleReports(ctx.actor), eq(reports.id, id)), 1);
  if (!summary) throw notFound();
  const access = await contentAccess(tx, ctx.actor, report);
  const shown = contentShown(access);
  const [updates, photoList, duplicates, forwarded] = await Promise.all([
    timelineOf(tx, ctx, id),
    shown ? photosOf(tx, ctx, id) : [],
    duplicatesOf(tx, ctx, id),
    forwardedTo(tx, report),
  ]);
  const contact = shown ? contactOf(ctx, report) : null;
  const read: RestrictedField[] = ['description', 'timeline'];
  if (photoList.length > 0) read.push('photos');
  if (contact) read.push('contact');
  if (shown) await logRestrictedRead(tx, ctx.actor, report.id, access, read);
  return {
    ...presentSummary(summary),
    description: shown ? report.description : null,
    locationText: report.locationText,
    locale: report.locale,
    contact,
    contactWithdrawn: report.contactWithdrawnAt !== null,
    rejectReason: shown ? report.rejectReason : null,
    forwardedTo: forwarded,
    publicReply: shown ? report.publicReply : null,
    photos: photoList,
    updates: shown ? updates : withoutContent(updates),
    duplicates,
    contentAccess: access.via,
    breakGlassUntil: access.via === 'break_glass' ? access.until.toISOString() : null,
    abilities: reportAbilities(ctx, report, access),
  };
}
