import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { reportBreakGlass } from '../../../db/schema';
import type { Actor } from '../../../platform/actor';
import { recordAudit } from '../../../platform/audit';
import { allows } from '../../../platform/policy';
import { type ReportRow, triageAction } from '../access';
import { reportPermissions } from '../policy';

/**
 * How an actor reaches a report's content (description, photos, contact details, timeline texts):
 * 'open' — the report is not restricted; 'role' — the social team; 'break_glass' — an open,
 * recorded break-glass grant of this actor for this report; 'hidden' — neither.
 */
export type ContentAccess =
  | { via: 'open' }
  | { via: 'role' }
  | { via: 'break_glass'; grantId: string; until: Date }
  | { via: 'hidden' };

type Report = Pick<ReportRow, 'id' | 'areaId' | 'restricted'>;

/** The actor's break-glass grant for this report that has not yet expired (the database's clock). */
export async function openGrant(tx: Tx, actor: Actor, reportId: string) {
  const [grant] = await tx
    .select({ id: reportBreakGlass.id, expiresAt: reportBreakGlass.expiresAt })
    .from(reportBreakGlass)
    .where(
      and(
        eq(reportBreakGlass.organizationId, actor.organizationId),
        eq(reportBreakGlass.reportId, reportId),
        eq(reportBreakGlass.userId, actor.userId),
        gt(reportBreakGlass.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(reportBreakGlass.expiresAt))
    .limit(1);
  return grant ?? null;
}

/** Reaches the actor this report's content, and how? See ContentAccess. */
export async function contentAccess(tx: Tx, actor: Actor, report: Report): Promise<ContentAccess> {
  if (!report.restricted) return { via: 'open' };
  if (allows(reportPermissions, actor, 'report.read_restricted', report.areaId)) return { via: 'role' };
  if (!allows(reportPermissions, actor, 'report.break_glass', report.areaId)) return { via: 'hidden' };
  const grant = await openGrant(tx, actor, report.id);
  return grant ? { via: 'break_glass', grantId: grant.id, until: grant.expiresAt } : { via: 'hidden' };
}

export const contentShown = (access: ContentAccess) => access.via !== 'hidden';

/**
 * May the actor triage this report? Restricted reports are the social team's; an admin who broke
 * the glass may act on the report while the grant is open (each step is audited as usual).
 */
export function mayTriage(actor: Actor, report: Report, access: ContentAccess): boolean {
  if (allows(reportPermissions, actor, triageAction(report), report.areaId)) return true;
  return access.via === 'break_glass' && allows(reportPermissions, actor, 'report.triage', report.areaId);
}

/** The parts of a restricted report a read may reveal; the log names them, never their text. */
export type RestrictedField = 'description' | 'photos' | 'photo' | 'contact' | 'timeline';

/**
 * Logs a read of a restricted report's content: who (the actor), what (the fields), which report,
 * and how (role or break-glass, with the grant's id). Written in the caller's transaction, the
 * one that reads, so there is no read without its row. Nothing is logged for ordinary reports.
 */
export async function logRestrictedRead(
  tx: Tx,
  actor: Actor,
  reportId: string,
  access: ContentAccess,
  fields: RestrictedField[],
) {
  if (access.via !== 'role' && access.via !== 'break_glass') return;
  await writeRestrictedRead(tx, actor, reportId, {
    fields,
    via: access.via,
    ...(access.via === 'break_glass' ? { breakGlassId: access.grantId } : {}),
  });
}

/**
 * Logs that a data subject request's export carried a restricted report's content to its own
 * reporter (art. 15): the staff member read it too, under the request's reference (logged beside).
 */
export async function logSubjectRequestRead(tx: Tx, actor: Actor, reportId: string) {
  await writeRestrictedRead(tx, actor, reportId, {
    fields: ['description', 'timeline', 'contact', 'photos'] satisfies RestrictedField[],
    via: 'subject_request',
  });
}

function writeRestrictedRead(tx: Tx, actor: Actor, reportId: string, after: Record<string, unknown>) {
  return recordAudit(tx, actor, {
    action: 'read_restricted',
    entityType: 'report',
    entityId: reportId,
    after,
  });
}
