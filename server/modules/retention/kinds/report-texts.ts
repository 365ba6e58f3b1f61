import { sql } from 'drizzle-orm';
import { type BatchStep, countOf } from '../batch';
import { closedReportsDue } from './report-contact';

type DueReport = { id: string };
type DuePhoto = { id: string; storage_key: string };

/**
 * Removes a closed report's free text (description, place in words, reply, reason), coarsens its
 * exact point to a cell of about 110 m (0.001° latitude × 0.002° longitude at 59° N), and its
 * photos, files included; the report row stays with its category, area, status and dates, so
 * every count still holds. Safe to kill at any point: the files go first, then the rows in one
 * transaction; a report whose transaction did not commit is still due and is done again by the
 * next run (deleting a file already gone is no error), and one that committed is no longer due.
 */
export const reportTextsStep =
  (restricted: boolean): BatchStep =>
  async (scope) => {
    const { db, storage, batchSize } = scope;
    // The description is cleared last, with the rest, in one transaction: a report whose
    // description is not yet empty still has something to remove (reports_texts_due_idx).
    const due = (await db.execute(
      sql`select r.id from reports r where ${closedReportsDue(scope, restricted)} and r.description <> ''
        limit ${batchSize}`,
    )) as unknown as { rows: DueReport[] };
    const ids = due.rows.map((row) => row.id);
    if (ids.length === 0) return { rows: 0, more: false };
    const idList = sql`array[${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}]`;
    const photos = (await db.execute(
      sql`select id, storage_key from photos where organization_id = ${scope.organizationId}
        and owner_type = 'report' and owner_id = any(${idList})`,
    )) as unknown as { rows: DuePhoto[] };
    for (const photo of photos.rows) await storage.delete(photo.storage_key);
    const { rows } = await db.transaction(async (tx) => {
      const removed = await countOf(
        tx as never,
        sql`with gone as (delete from photos where organization_id = ${scope.organizationId}
            and owner_type = 'report' and owner_id = any(${idList}) returning 1)
          select count(*)::int as rows, 0 as items from gone`,
      );
      const cleared = await countOf(
        tx as never,
        sql`with changed as (update reports set description = '', location_text = null,
            public_reply = null, reject_reason = null,
            lat = round(lat / 0.001) * 0.001, lon = round(lon / 0.002) * 0.002
            where organization_id = ${scope.organizationId} and id = any(${idList}) returning 1)
          select count(*)::int as rows, 0 as items from changed`,
      );
      return { rows: removed.rows + cleared.rows };
    });
    return { rows, more: ids.length >= batchSize };
  };
