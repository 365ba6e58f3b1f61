import { and, asc, eq } from 'drizzle-orm';
import type { LocalizedText } from '../../../common/contracts/report-categories';
import type { WorkOrderDetail } from '../../../common/contracts/work-orders';
import type { Locale } from '../../../common/roles';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { photos, reportCategories, reports, users, workOrderComments } from '../../db/schema';
import { visibleReports } from '../reports/access';
import { loadWorkOrder, workOrderAbilities } from './access';
import type { WorkOrderContext } from './context';
import { presentSummary } from './presenter';
import { selectSummaries } from './summaries';

const nameIn = (name: LocalizedText, locale: Locale) => name[locale] ?? name.sv ?? name.en ?? '';

/** The linked reports the actor may see (a restricted one stays hidden from those without the right). */
async function linkedReports(db: Tx, ctx: WorkOrderContext, id: string) {
  const rows = await db
    .select({ report: reports, categoryName: reportCategories.name })
    .from(reports)
    .innerJoin(reportCategories, sameRow(reportCategories, reports.organizationId, reports.categoryId))
    .where(and(visibleReports(ctx.actor), eq(reports.workOrderId, id)))
    .orderBy(asc(reports.createdAt));
  return rows.map(({ report, categoryName }) => ({
    id: report.id,
    trackingCode: report.trackingCode,
    categoryName: nameIn(categoryName, ctx.locale),
    status: report.status,
    createdAt: report.createdAt.toISOString(),
  }));
}

async function commentsOf(db: Tx, ctx: WorkOrderContext, id: string) {
  const rows = await db
    .select({ comment: workOrderComments, authorName: users.displayName })
    .from(workOrderComments)
    .innerJoin(users, eq(users.id, workOrderComments.authorUserId))
    .where(
      and(
        eq(workOrderComments.organizationId, ctx.actor.organizationId),
        eq(workOrderComments.workOrderId, id),
      ),
    )
    .orderBy(asc(workOrderComments.createdAt), asc(workOrderComments.id));
  return rows.map(({ comment, authorName }) => ({
    id: comment.id,
    authorName,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
  }));
}

export type PhotoRow = typeof photos.$inferSelect;
export const presentPhoto = (row: PhotoRow) => ({
  id: row.id,
  url: `/api/photos/${row.id}`,
  width: row.width,
  height: row.height,
  phase: row.phase === 'after' ? ('after' as const) : ('before' as const),
});

async function photosOf(db: Tx, ctx: WorkOrderContext, id: string) {
  const rows = await db
    .select()
    .from(photos)
    .where(
      and(
        eq(photos.organizationId, ctx.actor.organizationId),
        eq(photos.ownerType, 'work_order'),
        eq(photos.ownerId, id),
      ),
    )
    .orderBy(asc(photos.createdAt), asc(photos.id));
  return rows.map(presentPhoto);
}

/** One work order with its reports, comments, photos and what the actor may do with it; 404 if unseen. */
export async function getWorkOrderDetail(ctx: WorkOrderContext, id: string): Promise<WorkOrderDetail> {
  const row = await loadWorkOrder(ctx.db, ctx.actor, id);
  const [summary] = await selectSummaries(ctx.db, ctx.actor, {}, { id });
  return {
    ...presentSummary(summary),
    description: row.description,
    buildingId: row.buildingId,
    entranceId: row.entranceId,
    lon: row.lon,
    lat: row.lat,
    cost: row.cost === null ? null : Number(row.cost),
    resolution: row.resolution,
    completedAt: row.completedAt?.toISOString() ?? null,
    reports: await linkedReports(ctx.db, ctx, id),
    comments: await commentsOf(ctx.db, ctx, id),
    photos: await photosOf(ctx.db, ctx, id),
    abilities: workOrderAbilities(ctx.actor, row),
  };
}
