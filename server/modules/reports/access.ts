import { and, eq, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { reports } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import { allows, areaScope } from '../../platform/policy';
import { inScope } from '../places/access';
import { type ReportAction, reportPermissions } from './policy';

export type ReportRow = typeof reports.$inferSelect;

export const reportScope = (actor: Actor, action: ReportAction) =>
  areaScope(reportPermissions, actor, action);

/**
 * The reports an actor sees: their organization, the areas where they hold report.read, and
 * restricted reports (disturbance, subletting) only where they also hold report.list_restricted.
 * Need-to-know: without it a restricted report is not in the list, the map, the counts or the
 * exports at all, and its detail answers 404 — not even "there is something here". Seeing a
 * restricted report is not reading it: its content is decided by restricted/content-access.ts.
 * Reports without an area are seen only by actors whose scope is every area. Figures and exports
 * use their own action for the area scope, with the same restricted rule.
 */
export function visibleReports(actor: Actor, action: ReportAction = 'report.read'): SQL {
  const restrictedScope = inScope(reports.areaId, reportScope(actor, 'report.list_restricted'));
  return and(
    eq(reports.organizationId, actor.organizationId),
    inScope(reports.areaId, reportScope(actor, action)),
    restrictedScope ? or(eq(reports.restricted, false), restrictedScope) : undefined,
  ) as SQL;
}

/**
 * The reports an actor may act on outside triage (link to a work order): those they see, where
 * a restricted one also needs report.triage_restricted — seeing a restricted report (an admin)
 * is not handling it.
 */
export function actionableReports(actor: Actor): SQL {
  const handleRestricted = inScope(reports.areaId, reportScope(actor, 'report.triage_restricted'));
  return and(
    visibleReports(actor),
    handleRestricted ? or(eq(reports.restricted, false), handleRestricted) : undefined,
  ) as SQL;
}

/** May the actor see this report at all (the rule of visibleReports, for one loaded row)? */
export function canSee(actor: Actor, report: Pick<ReportRow, 'areaId' | 'restricted'>): boolean {
  if (!allows(reportPermissions, actor, 'report.read', report.areaId)) return false;
  return !report.restricted || allows(reportPermissions, actor, 'report.list_restricted', report.areaId);
}

/** A report of the actor's organization that the actor may see, else 404. */
export async function loadReport(
  db: Tx,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ReportRow> {
  const query = db
    .select()
    .from(reports)
    .where(and(eq(reports.organizationId, actor.organizationId), eq(reports.id, id)));
  // Triage locks the row so two people acting at once take turns instead of both passing the check.
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row || !canSee(actor, row)) throw notFound();
  return row;
}

/** The triage right that applies: restricted reports need report.triage_restricted. */
export const triageAction = (report: Pick<ReportRow, 'restricted'>): ReportAction =>
  report.restricted ? 'report.triage_restricted' : 'report.triage';
