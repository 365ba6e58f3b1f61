import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type breakGlassInput, breakGlassMinutes } from '../../../../common/contracts/reports';
import { reportBreakGlass } from '../../../db/schema';
import { recordAudit } from '../../../platform/audit';
import { AppError } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import { authorize } from '../../../platform/policy';
import { loadReport } from '../access';
import type { ReportContext } from '../context';
import { getReportDetail } from '../detail-service';
import { reportPermissions } from '../policy';
import { contentAccess } from './content-access';

/**
 * Break-glass: an admin opens a restricted report's content for breakGlassMinutes, giving a
 * reason. The grant (who, when, which report, reason, until) is stored append-only and an audit row
 * says that the glass was broken; the answer is the report's detail, whose read is logged in turn.
 * Only a report the actor sees (else 404), only with report.break_glass in its area (else 403),
 * only a restricted one not already open to them (else 409).
 */
export async function breakGlass(ctx: ReportContext, id: string, input: z.infer<typeof breakGlassInput>) {
  await ctx.db.transaction(async (tx) => {
    const report = await loadReport(tx, ctx.actor, id, { lock: true });
    authorize(reportPermissions, ctx.actor, 'report.break_glass', report.areaId);
    const access = await contentAccess(tx, ctx.actor, report);
    if (access.via !== 'hidden') throw new AppError('conflict');
    const grantId = newId();
    await tx.insert(reportBreakGlass).values({
      organizationId: ctx.actor.organizationId,
      id: grantId,
      reportId: report.id,
      userId: ctx.actor.userId,
      reason: input.reason,
      expiresAt: sql`now() + make_interval(mins => ${breakGlassMinutes})`,
    });
    // The reason stays with the grant: the audit log keeps no free text.
    await recordAudit(tx, ctx.actor, {
      action: 'break_glass',
      entityType: 'report',
      entityId: report.id,
      after: { breakGlassId: grantId, minutes: breakGlassMinutes },
    });
  });
  return getReportDetail(ctx, id);
}
