import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { closedReportStatuses, type ReportStatus } from '../../../common/reporting';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { reports, reportUpdates, responseTemplates } from '../../db/schema';
import { newId } from '../../platform/ids';
import { publicBaseUrl } from '../../platform/public-url';
import { privacyNoticeUrlOf } from '../privacy/notice-url';
import { defaultReply, fillPlaceholders, replyMail } from './reply-texts';

/** An e-mail owed to a reporter, sent after the transaction that caused it committed. */
export type ReportNotice = {
  organizationId: string;
  reportId: string;
  /** The report_updates row whose `notification` records whether the mail went out. */
  updateId: string;
  trackingCode: string;
  email: string;
  locale: string;
  status: ReportStatus;
  text: string;
};

export type TransitionInput = {
  organizationId: string;
  reportIds: string[];
  status: ReportStatus;
  /**
   * The reporter-facing text. Omitted: the response template (or the built-in default). null: none
   * at all — an internal move (e.g. back to 'accepted' off a work order) that writes no public text
   * and mails nobody.
   */
  publicText?: string | null;
  internalNote?: string | null;
  authorUserId: string | null;
  /** Fills {body} in the reply of a forwarded report: who has it now. */
  bodyName?: string;
};

type ReportRow = typeof reports.$inferSelect;
type TemplateRow = typeof responseTemplates.$inferSelect;

/** The organization's own reply for this category (or for every category), else the built-in one. */
function replyFor(report: ReportRow, input: TransitionInput, templates: TemplateRow[]): string | null {
  const placeholders = { code: report.trackingCode, body: input.bodyName };
  if (input.publicText === null) return null;
  if (input.publicText) return fillPlaceholders(input.publicText, placeholders);
  const fitting = templates.filter((t) => t.locale === report.locale);
  const template =
    fitting.find((t) => t.categoryId === report.categoryId) ?? fitting.find((t) => t.categoryId === null);
  const text = template?.text ?? defaultReply(input.status, report.locale);
  return text === null ? null : fillPlaceholders(text, placeholders);
}

async function templatesFor(tx: Tx, input: TransitionInput, rows: ReportRow[]) {
  if (input.publicText || input.publicText === null) return [];
  const locales = [...new Set(rows.map((r) => r.locale))];
  return tx
    .select()
    .from(responseTemplates)
    .where(
      and(
        eq(responseTemplates.organizationId, input.organizationId),
        eq(responseTemplates.status, input.status),
        inArray(responseTemplates.locale, locales),
      ),
    );
}

/**
 * A report merged as a duplicate keeps its status 'duplicate' (the status page shows the report
 * it was merged into) but follows that report: its timeline gets the update and its reporter the
 * e-mail. Everything else moves to the new status.
 */
async function moveOne(tx: Tx, report: ReportRow, input: TransitionInput, text: string | null) {
  const now = new Date();
  const follower = report.status === 'duplicate' && report.duplicateOfId !== null && input.status !== 'new';
  const status = follower ? report.status : input.status;
  const closed = (closedReportStatuses as readonly string[]).includes(status);
  await tx
    .update(reports)
    .set({
      status,
      firstResponseAt: report.firstResponseAt ?? (status === 'new' ? null : now),
      closedAt: closed ? (report.closedAt ?? now) : null,
      publicReply: text ?? report.publicReply,
      updatedAt: now,
    })
    .where(sameRow(reports, report.organizationId, report.id));
  const updateId = newId();
  await tx.insert(reportUpdates).values({
    organizationId: report.organizationId,
    id: updateId,
    reportId: report.id,
    status: input.status,
    publicText: text,
    internalNote: input.internalNote ?? null,
    authorUserId: input.authorUserId,
  });
  return updateId;
}

/**
 * Moves the reports to `status`, writes one report_updates row each (public text: given, or the
 * response template for category+status+locale, or the built-in default; none when publicText is
 * null), sets first_response_at
 * (first move out of 'new') and closed_at (closed statuses), updates public_reply; returns the
 * e-mails to send after commit (reporters with e-mail, wants_updates, not withdrawn).
 */
export async function transitionReports(tx: Tx, input: TransitionInput): Promise<ReportNotice[]> {
  if (input.reportIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(reports)
    .where(and(eq(reports.organizationId, input.organizationId), inArray(reports.id, input.reportIds)))
    .orderBy(reports.id);
  const templates = await templatesFor(tx, input, rows);
  const notices: ReportNotice[] = [];
  for (const report of rows) {
    const text = replyFor(report, input, templates);
    const updateId = await moveOne(tx, report, input, text);
    const reachable = report.reporterEmail && report.wantsUpdates && !report.contactWithdrawnAt;
    if (text && reachable) {
      notices.push({
        organizationId: report.organizationId,
        reportId: report.id,
        updateId,
        trackingCode: report.trackingCode,
        email: report.reporterEmail as string,
        locale: report.locale,
        status: input.status,
        text,
      });
    }
  }
  return notices;
}

/** The reports given plus those merged into them as duplicates, so these follow their target. */
export async function withDuplicates(tx: Tx, organizationId: string, reportIds: string[]): Promise<string[]> {
  if (reportIds.length === 0) return [];
  const rows = await tx
    .select({ id: reports.id })
    .from(reports)
    .where(
      and(
        eq(reports.organizationId, organizationId),
        or(inArray(reports.id, reportIds), inArray(reports.duplicateOfId, reportIds)),
      ),
    );
  return [...new Set([...reportIds, ...rows.map((r) => r.id)])];
}

/** Sends the notices with app.mailer after the transaction committed; records 'sent'/'failed' on the update row; never throws. */
export async function sendReportNotices(app: FastifyInstance, notices: ReportNotice[]): Promise<void> {
  for (const notice of notices) {
    let outcome: 'sent' | 'failed' = 'sent';
    try {
      const link = `${publicBaseUrl(app.config)}/r/${notice.trackingCode}`;
      const privacy = await privacyNoticeUrlOf(app.db, app.config, notice.organizationId);
      const mail = replyMail(notice.locale, { code: notice.trackingCode, text: notice.text, link, privacy });
      await app.mailer.send({ to: notice.email, ...mail }, { organizationId: notice.organizationId });
    } catch (error) {
      outcome = 'failed';
      app.log.warn({ err: error, reportId: notice.reportId }, 'report notice could not be sent');
    }
    try {
      await app.db
        .update(reportUpdates)
        .set({ notification: outcome })
        .where(
          and(
            eq(reportUpdates.organizationId, notice.organizationId),
            eq(reportUpdates.id, notice.updateId),
            isNull(reportUpdates.notification),
          ),
        );
    } catch (error) {
      app.log.warn({ err: error, reportId: notice.reportId }, 'report notice outcome not recorded');
    }
  }
}
