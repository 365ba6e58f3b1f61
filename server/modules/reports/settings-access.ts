import type { Actor } from '../../platform/actor';
import { forbidden } from '../../platform/errors';
import { areaScope, authorize } from '../../platform/policy';
import { type ReportAction, reportPermissions } from './policy';

/**
 * Settings of reports (external bodies, response templates) belong to the whole organization:
 * changing them takes report.configure over every area. Those who triage may read the external
 * bodies, since forwarding means choosing one.
 */
export const ensureConfigure = (actor: Actor) => authorize(reportPermissions, actor, 'report.configure');

export function ensureAnyOf(actor: Actor, actions: ReportAction[]) {
  if (!actions.some((action) => areaScope(reportPermissions, actor, action).kind !== 'none'))
    throw forbidden();
}
