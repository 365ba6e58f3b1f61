import { and, eq, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, surveyResponses, surveyWaves } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { forbidden, notFound } from '../../platform/errors';
import { areaScope, ensureVisible } from '../../platform/policy';
import { inScope } from '../places/access';
import { type SurveyAction, surveyPermissions } from '../surveys/policy';

/**
 * The responses an actor may see for an action: their organization and the areas of their
 * grants. No grant at all is a 403 (the page is not theirs), not an empty list.
 */
export function visibleResponses(actor: Actor, action: SurveyAction): SQL {
  const scope = areaScope(surveyPermissions, actor, action);
  if (scope.kind === 'none') throw forbidden();
  return and(
    eq(surveyResponses.organizationId, actor.organizationId),
    inScope(surveyResponses.areaId, scope),
  ) as SQL;
}

/** A wave of the actor's organization, else 404. */
export async function loadWave(db: Tx, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(surveyWaves)
    .where(sameRow(surveyWaves, actor.organizationId, id));
  if (!row) throw notFound();
  return row;
}

/** An area of the actor's organization within their scope for the action, else 404. */
export async function loadSurveyArea(db: Tx, actor: Actor, id: string, action: SurveyAction) {
  const [row] = await db
    .select()
    .from(areas)
    .where(sameRow(areas, actor.organizationId, id));
  if (!row) throw notFound();
  ensureVisible(surveyPermissions, actor, action, row.id);
  return row;
}
