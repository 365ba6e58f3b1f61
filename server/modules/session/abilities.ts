import type { Actor } from '../../platform/actor';
import { abilities, type Permissions } from '../../platform/policy';
import { auditPermissions } from '../audit/policy';
import { outboxPermissions } from '../dev/policy';
import { open311Permissions } from '../open311/policy';
import { organizationPermissions } from '../organization/policy';
import { placePermissions } from '../places/policy';
import { privacyPermissions } from '../privacy/policy';
import { reportPermissions } from '../reports/policy';
import { surveyPermissions } from '../surveys/policy';
import { userPermissions } from '../users/policy';
import { workOrderPermissions } from '../work-orders/policy';

/** Every domain's permission table; add a domain here and its actions reach the web app. */
const tables: Permissions<string>[] = [
  organizationPermissions,
  placePermissions,
  userPermissions,
  auditPermissions,
  reportPermissions,
  workOrderPermissions,
  surveyPermissions,
  outboxPermissions,
  open311Permissions,
  privacyPermissions,
];

/** The union of the actions the actor may perform somewhere in their current organization. */
export function collectAbilities(actor: Actor): string[] {
  return [...new Set(tables.flatMap((table) => abilities(table, actor)))].sort();
}
