import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { photos, reportPublicSummaries, reports, reportUpdates } from '../../db/schema';
import { deleteMailAboutReport } from './delete-report-mail';

/** What stands where a tenant's text or a text written to them was. */
export const erasedText = '[raderat]';

export type ErasedReportContent = {
  timelineTexts: number;
  photos: number;
  mails: number;
  photoKeys: string[];
};

/** Replaces every non-empty timeline text of the report (replies to the tenant, notes about them). */
async function eraseTimelineTexts(tx: Tx, organizationId: string, reportId: string): Promise<number> {
  const ofReport = and(
    eq(reportUpdates.organizationId, organizationId),
    eq(reportUpdates.reportId, reportId),
  );
  const publicTexts = await tx
    .update(reportUpdates)
    .set({ publicText: erasedText })
    .where(and(ofReport, isNotNull(reportUpdates.publicText)))
    .returning({ id: reportUpdates.id });
  const notes = await tx
    .update(reportUpdates)
    .set({ internalNote: erasedText })
    .where(and(ofReport, isNotNull(reportUpdates.internalNote)))
    .returning({ id: reportUpdates.id });
  return new Set([...publicTexts, ...notes].map((row) => row.id)).size;
}

/**
 * Erases the personal content of one report, in the caller's transaction: contact details, the
 * description and the reporter's own words about the place, the exact position (often the
 * phone's), replies and notes, a public summary approved from it, photos' rows and the kept mail about it, and the idempotency key
 * (a hash over the erased content). What statistics need stays: category, status, area, building,
 * entrance, source, dates and the timeline's status steps. Running it again changes nothing more.
 *
 * The photo files are not touched: the caller deletes `photoKeys` from storage once every row is
 * gone, as the last step before its commit (files cannot roll back; a rerun finds any rows left).
 */
export async function eraseReportContent(
  tx: Tx,
  report: { organizationId: string; id: string; trackingCode: string },
): Promise<ErasedReportContent> {
  const { organizationId, id } = report;
  const [row] = await tx
    .select({ publicReply: reports.publicReply, rejectReason: reports.rejectReason })
    .from(reports)
    .where(and(eq(reports.organizationId, organizationId), eq(reports.id, id)));
  if (!row) return { timelineTexts: 0, photos: 0, mails: 0, photoKeys: [] };
  await tx
    .update(reports)
    .set({
      reporterName: null,
      reporterEmail: null,
      reporterPhone: null,
      wantsUpdates: false,
      description: erasedText,
      locationText: null,
      lon: null,
      lat: null,
      publicReply: row.publicReply === null ? null : erasedText,
      rejectReason: row.rejectReason === null ? null : erasedText,
      contentHash: null,
      updatedAt: new Date(),
    })
    .where(and(eq(reports.organizationId, organizationId), eq(reports.id, id)));
  // A staff-approved public summary may paraphrase the tenant's words: it goes with them.
  await tx
    .delete(reportPublicSummaries)
    .where(
      and(eq(reportPublicSummaries.organizationId, organizationId), eq(reportPublicSummaries.reportId, id)),
    );
  const timelineTexts = await eraseTimelineTexts(tx, organizationId, id);
  const deletedPhotos = await tx
    .delete(photos)
    .where(
      and(eq(photos.organizationId, organizationId), eq(photos.ownerType, 'report'), eq(photos.ownerId, id)),
    )
    .returning({ storageKey: photos.storageKey });
  const mails = await deleteMailAboutReport(tx, report);
  return {
    timelineTexts,
    photos: deletedPhotos.length,
    mails,
    photoKeys: deletedPhotos.map((p) => p.storageKey),
  };
}
