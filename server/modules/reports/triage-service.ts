import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { acceptInput, mergeInput, rejectInput, replyInput } from '../../../common/contracts/reports';
import type { Tx } from '../../db/client';
import { reports } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { AppError, forbidden } from '../../platform/errors';
import { loadReport, type ReportRow } from './access';
import type { ReportContext } from './context';
import { getReportDetail } from './detail-service';
import { reportMessage } from './messages';
import { contentAccess, mayTriage } from './restricted/content-access';
import { ensureCanTriage, type TriageVerb } from './status-rules';
import { type ReportNotice, sendReportNotices, transitionReports } from './transitions';

type Step = (tx: Tx, report: ReportRow) => Promise<{ notices: ReportNotice[]; after: unknown }>;

/**
 * One triage step: visible (else 404), allowed (else 403), possible from the current status
 * (else 409), done and audited in one transaction; the reporter's e-mail goes after commit.
 */
export async function triage(ctx: ReportContext, id: string, verb: TriageVerb, step: Step) {
  const notices = await ctx.db.transaction(async (tx) => {
    const report = await loadReport(tx, ctx.actor, id, { lock: true });
    if (!mayTriage(ctx.actor, report, await contentAccess(tx, ctx.actor, report))) throw forbidden();
    ensureCanTriage(verb, report.status, ctx.locale);
    const result = await step(tx, report);
    await recordAudit(tx, ctx.actor, {
      action: verb,
      entityType: 'report',
      entityId: id,
      before: { status: report.status },
      after: result.after,
    });
    return result.notices;
  });
  await sendReportNotices(ctx.app, notices);
  return getReportDetail(ctx, id);
}

export const acceptReport = (ctx: ReportContext, id: string, input: z.infer<typeof acceptInput>) =>
  triage(ctx, id, 'accept', async (tx, report) => {
    const notices = await transitionReports(tx, {
      organizationId: report.organizationId,
      reportIds: [id],
      status: 'accepted',
      publicText: input.reply,
      authorUserId: ctx.actor.userId,
    });
    // Accepting again after a rejection or a forward clears what no longer holds.
    await tx
      .update(reports)
      .set({ rejectReason: null, forwardedToId: null })
      .where(and(eq(reports.organizationId, report.organizationId), eq(reports.id, id)));
    return { notices, after: { status: 'accepted', reply: input.reply ?? null } };
  });

export const rejectReport = (ctx: ReportContext, id: string, input: z.infer<typeof rejectInput>) =>
  triage(ctx, id, 'reject', async (tx, report) => {
    const notices = await transitionReports(tx, {
      organizationId: report.organizationId,
      reportIds: [id],
      status: 'rejected',
      publicText: input.reply,
      internalNote: input.reason,
      authorUserId: ctx.actor.userId,
    });
    await tx
      .update(reports)
      .set({ rejectReason: input.reason })
      .where(and(eq(reports.organizationId, report.organizationId), eq(reports.id, id)));
    return { notices, after: { status: 'rejected', reason: input.reason, reply: input.reply ?? null } };
  });

/** A public reply without a change of status. */
export const replyToReport = (ctx: ReportContext, id: string, input: z.infer<typeof replyInput>) =>
  triage(ctx, id, 'reply', async (tx, report) => {
    const notices = await transitionReports(tx, {
      organizationId: report.organizationId,
      reportIds: [id],
      status: report.status as Parameters<typeof transitionReports>[1]['status'],
      publicText: input.text,
      authorUserId: ctx.actor.userId,
    });
    return { notices, after: { reply: input.text } };
  });

/**
 * The report the merged one goes into: visible, of the organization, not itself, not a duplicate,
 * and restricted exactly when the merged one is.
 */
async function mergeTarget(tx: Tx, ctx: ReportContext, report: ReportRow, intoId: string) {
  const invalid = (key: Parameters<typeof reportMessage>[1]) =>
    new AppError('validation_failed', [{ path: 'intoId', message: reportMessage(ctx.locale, key) }]);
  if (intoId === report.id) throw invalid('mergeSelf');
  const target = await loadReport(tx, ctx.actor, intoId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'not_found' ? invalid('unknown') : error;
  });
  if (target.status === 'duplicate' || target.duplicateOfId) throw invalid('mergeIntoDuplicate');
  // A restricted report must not hide in, or reveal itself through, an ordinary one.
  if (target.restricted !== report.restricted) throw invalid('mergeRestricted');
  return target;
}

/**
 * Merges the report into another: it becomes a duplicate that follows the target (its reporter
 * hears when the target's work order is done). Reports merged into it move along to the target.
 */
export const mergeReport = (ctx: ReportContext, id: string, input: z.infer<typeof mergeInput>) =>
  triage(ctx, id, 'merge', async (tx, report) => {
    const target = await mergeTarget(tx, ctx, report, input.intoId);
    const notices = await transitionReports(tx, {
      organizationId: report.organizationId,
      reportIds: [id],
      status: 'duplicate',
      internalNote: target.trackingCode,
      authorUserId: ctx.actor.userId,
    });
    await tx
      .update(reports)
      .set({ duplicateOfId: target.id })
      .where(and(eq(reports.organizationId, report.organizationId), eq(reports.id, id)));
    await tx
      .update(reports)
      .set({ duplicateOfId: target.id })
      .where(and(eq(reports.organizationId, report.organizationId), eq(reports.duplicateOfId, id)));
    return { notices, after: { status: 'duplicate', intoId: target.id } };
  });
