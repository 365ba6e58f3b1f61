import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { forwardInput } from '../../../common/contracts/reports';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import {
  buildings,
  entrances,
  externalBodies,
  organizations,
  reportCategories,
  reports,
  reportUpdates,
} from '../../db/schema';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { ReportRow } from './access';
import type { ReportContext } from './context';
import { getReportDetail } from './detail-service';
import { deliverToBody, type ForwardedReport } from './forward-delivery';
import { reportMessage } from './messages';
import { placeLabel } from './summaries';
import { transitionReports } from './transitions';
import { triage } from './triage-service';

type Body = typeof externalBodies.$inferSelect;

/** A live body of the organization that can be reached somehow, else 400 naming externalBodyId. */
async function reachableBody(tx: Tx, ctx: ReportContext, id: string): Promise<Body> {
  const [body] = await tx
    .select()
    .from(externalBodies)
    .where(and(eq(externalBodies.organizationId, ctx.actor.organizationId), eq(externalBodies.id, id)));
  const problem = !body
    ? 'unknown'
    : body.archivedAt
      ? 'archived'
      : !body.email && !body.open311Endpoint
        ? 'noChannel'
        : null;
  if (problem) {
    throw new AppError('validation_failed', [
      { path: 'externalBodyId', message: reportMessage(ctx.locale, problem) },
    ]);
  }
  return body;
}

async function forwardedReport(ctx: ReportContext, report: ReportRow): Promise<ForwardedReport> {
  const [row] = await ctx.db
    .select({ category: reportCategories, placeLabel, organizationName: organizations.name })
    .from(reports)
    .innerJoin(reportCategories, sameRow(reportCategories, reports.organizationId, reports.categoryId))
    .innerJoin(organizations, eq(organizations.id, reports.organizationId))
    .leftJoin(buildings, sameRow(buildings, reports.organizationId, reports.buildingId))
    .leftJoin(entrances, sameRow(entrances, reports.organizationId, reports.entranceId))
    .where(sameRow(reports, report.organizationId, report.id));
  return {
    ...report,
    categoryKey: row.category.key,
    categoryName: row.category.name.sv ?? row.category.key,
    placeLabel: row.placeLabel,
    organizationName: row.organizationName,
  };
}

/**
 * Not ours: the report goes to the body that owns the thing. The reporter is told who has it
 * now; the body gets the report without the reporter's contact details; how the delivery went
 * is written to the report's internal timeline once the other side answered.
 */
export async function forwardReport(ctx: ReportContext, id: string, input: z.infer<typeof forwardInput>) {
  const handed: { body?: Body; report?: ReportRow } = {};
  await triage(ctx, id, 'forward', async (tx, report) => {
    const target = await reachableBody(tx, ctx, input.externalBodyId);
    Object.assign(handed, { body: target, report });
    const notices = await transitionReports(tx, {
      organizationId: report.organizationId,
      reportIds: [id],
      status: 'forwarded',
      publicText: input.reply,
      bodyName: target.name,
      authorUserId: ctx.actor.userId,
    });
    await tx
      .update(reports)
      .set({ forwardedToId: target.id })
      .where(and(eq(reports.organizationId, report.organizationId), eq(reports.id, id)));
    return { notices, after: { status: 'forwarded', externalBodyId: target.id } };
  });
  if (handed.body && handed.report) {
    const outcome = await deliverToBody(ctx.app, handed.body, await forwardedReport(ctx, handed.report));
    await ctx.db.insert(reportUpdates).values({
      organizationId: ctx.actor.organizationId,
      id: newId(),
      reportId: id,
      status: 'forwarded',
      internalNote: outcome,
      authorUserId: ctx.actor.userId,
    });
  }
  return getReportDetail(ctx, id);
}
