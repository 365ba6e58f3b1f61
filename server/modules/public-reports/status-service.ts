import { and, asc, eq } from 'drizzle-orm';
import type { ReportStatusPage } from '../../../common/contracts/public-reports';
import type { ReportStatus, TenantLocale } from '../../../common/reporting';
import type { Locale } from '../../../common/roles';
import type { Db, Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { externalBodies, reportCategories, reports, reportUpdates, workOrders } from '../../db/schema';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { deleteMailAboutReport } from '../privacy/delete-report-mail';
import { forgetWithdrawnAddress } from '../privacy/forget-withdrawn-address';
import { normalizeTrackingCode } from '../reports/tracking-code';
import { localize, neutralCategory } from './localize';
import { intakeMessage } from './messages';
import { organizationById } from './organization';

type ReportRow = typeof reports.$inferSelect;

/** The report behind a tracking code as typed (case, dashes and spaces do not matter), else 404. */
export async function reportOfCode(db: Tx, code: string): Promise<ReportRow> {
  const normalized = normalizeTrackingCode(code);
  if (!normalized) throw notFound();
  const [row] = await db.select().from(reports).where(eq(reports.trackingCode, normalized));
  if (!row) throw notFound();
  return row;
}

async function reportById(db: Tx, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.organizationId, organizationId), eq(reports.id, id)));
  return row ?? null;
}

async function categoryName(db: Tx, report: ReportRow, locale: TenantLocale): Promise<string> {
  // Need-to-know: even the kind of a disturbance or subletting report is not shown.
  if (report.restricted) return neutralCategory[locale];
  const [category] = await db
    .select({ name: reportCategories.name })
    .from(reportCategories)
    .where(sameRow(reportCategories, report.organizationId, report.categoryId));
  return category ? localize(category.name, locale) : neutralCategory[locale];
}

async function resolutionOf(db: Tx, report: ReportRow): Promise<string | null> {
  if (!report.workOrderId) return null;
  const [order] = await db
    .select({ status: workOrders.status, resolution: workOrders.resolution })
    .from(workOrders)
    .where(sameRow(workOrders, report.organizationId, report.workOrderId));
  return order?.status === 'done' ? order.resolution : null;
}

async function forwardedToOf(db: Tx, report: ReportRow): Promise<string | null> {
  if (report.status !== 'forwarded' || !report.forwardedToId) return null;
  const [body] = await db
    .select({ name: externalBodies.name })
    .from(externalBodies)
    .where(sameRow(externalBodies, report.organizationId, report.forwardedToId));
  return body?.name ?? null;
}

/** The report's own public timeline: status changes and public replies, never internal notes. */
async function publicTimeline(db: Tx, report: ReportRow) {
  const rows = await db
    .select()
    .from(reportUpdates)
    .where(
      and(eq(reportUpdates.organizationId, report.organizationId), eq(reportUpdates.reportId, report.id)),
    )
    .orderBy(asc(reportUpdates.createdAt), asc(reportUpdates.id));
  let previous: string | null = null;
  const updates: ReportStatusPage['updates'] = [];
  for (const row of rows) {
    if (row.publicText !== null || row.status !== previous) {
      updates.push({
        status: row.status as ReportStatus,
        text: row.publicText,
        at: row.createdAt.toISOString(),
      });
    }
    previous = row.status;
  }
  return updates;
}

/**
 * What a tracking code reveals: status, public replies, what was done, who has it now. A
 * duplicate shows the status of the report it was merged into, with its own timeline.
 */
export async function statusPage(
  db: Tx,
  report: ReportRow,
  locale?: TenantLocale,
): Promise<ReportStatusPage> {
  const language = locale ?? (report.locale as TenantLocale);
  const merged =
    report.status === 'duplicate' && report.duplicateOfId
      ? await reportById(db, report.organizationId, report.duplicateOfId)
      : null;
  const current = merged ?? report;
  return {
    trackingCode: report.trackingCode,
    category: await categoryName(db, report, language),
    status: current.status as ReportStatus,
    receivedAt: report.createdAt.toISOString(),
    updatedAt: (current.updatedAt > report.updatedAt ? current.updatedAt : report.updatedAt).toISOString(),
    updates: await publicTimeline(db, report),
    resolution: await resolutionOf(db, current),
    forwardedTo: await forwardedToOf(db, current),
    hasContactDetails: Boolean(report.reporterName || report.reporterEmail || report.reporterPhone),
    wantsUpdates: report.wantsUpdates,
    organizationSlug: (await organizationById(db, report.organizationId))?.slug ?? '',
  };
}

/** Changes the reporter's contact details and notes it, internally, on the report's timeline. */
async function changeContact(
  tx: Tx,
  report: ReportRow,
  change: Partial<ReportRow>,
  internalNote: string,
  locale: TenantLocale | undefined,
) {
  const [updated] = await tx
    .update(reports)
    .set({ ...change, updatedAt: new Date() })
    .where(sameRow(reports, report.organizationId, report.id))
    .returning();
  await tx.insert(reportUpdates).values({
    organizationId: report.organizationId,
    id: newId(),
    reportId: report.id,
    status: report.status,
    internalNote,
  });
  return statusPage(tx, updated, locale);
}

/**
 * The reporter takes back the name, e-mail and phone they gave; staff see that it happened. The
 * kept mail to that address about this report goes too, and so does the address on survey
 * invitations sent because of the report's work order (the idempotency key never held them).
 */
export async function withdrawContact(db: Db, code: string, locale?: TenantLocale) {
  return db.transaction(async (tx) => {
    const report = await reportOfCode(tx, code);
    if (report.reporterEmail) {
      await deleteMailAboutReport(tx, report, report.reporterEmail);
      await forgetWithdrawnAddress(tx, report, report.reporterEmail);
    }
    const withdrawn = { reporterName: null, reporterEmail: null, reporterPhone: null, wantsUpdates: false };
    return changeContact(
      tx,
      report,
      { ...withdrawn, contactWithdrawnAt: new Date() },
      'The reporter withdrew their contact details from the status page.',
      locale,
    );
  });
}

/**
 * The reporter asks for e-mail updates after submitting, with consent to store the address. Only
 * when no address is stored (none given, or withdrawn): anyone holding the tracking code could
 * otherwise redirect the updates meant for the address the reporter gave.
 */
export async function subscribeToUpdates(
  db: Db,
  code: string,
  email: string,
  locale: TenantLocale | undefined,
  messageLocale: Locale,
) {
  return db.transaction(async (tx) => {
    const report = await reportOfCode(tx, code);
    if (report.reporterEmail && !report.contactWithdrawnAt) {
      throw new AppError('conflict', [
        { path: 'email', message: intakeMessage(messageLocale, 'emailStored') },
      ]);
    }
    // A new address with new consent, also after the reporter withdrew earlier details.
    const subscribed = { reporterEmail: email, wantsUpdates: true, contactWithdrawnAt: null };
    return changeContact(
      tx,
      report,
      { ...subscribed, contactConsentAt: new Date() },
      'The reporter asked for e-mail updates',
      locale,
    );
  });
}
