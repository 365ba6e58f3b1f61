import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { LettersInput } from '../../../common/contracts/survey-waves';
import type { Tx } from '../../db/client';
import { apartments, buildings, entrances } from '../../db/schema';
import { forbidden } from '../../platform/errors';
import { authorize } from '../../platform/policy';
import type { SurveyContext } from './context';
import { fieldError } from './messages';
import { buildingOfEntrance, entranceOfApartment } from './place-joins';
import { surveyPermissions } from './policy';
import { type WaveRow, waveAreasFor } from './waves-access';

/** Which households get letters: whole areas and single buildings, all within the wave. */
export type LetterScope = { areaIds: string[]; buildingIds: string[] };

async function checkBuildings(tx: Tx, ctx: SurveyContext, wave: WaveRow, ids: string[]) {
  const rows = await tx
    .select({ id: buildings.id, areaId: buildings.areaId })
    .from(buildings)
    .where(and(eq(buildings.organizationId, ctx.actor.organizationId), inArray(buildings.id, ids)));
  return ids.map((id, index) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw fieldError(ctx.locale, `buildingIds.${index}`, 'unknown');
    if (!wave.areaIds.includes(row.areaId)) throw fieldError(ctx.locale, `buildingIds.${index}`, 'notInWave');
    return row.areaId;
  });
}

/**
 * The scope of a print run: the areas and buildings asked for (each in the wave), or else every
 * area of the wave the actor manages. The actor must manage every area touched (403 otherwise).
 */
export async function letterScope(tx: Tx, ctx: SurveyContext, wave: WaveRow, input: LettersInput) {
  const areaIds = input.areaIds ?? [];
  areaIds.forEach((id, index) => {
    if (!wave.areaIds.includes(id)) throw fieldError(ctx.locale, `areaIds.${index}`, 'notInWave');
  });
  const buildingIds = input.buildingIds ?? [];
  const buildingAreas = await checkBuildings(tx, ctx, wave, buildingIds);
  if (areaIds.length === 0 && buildingIds.length === 0) {
    const managed = waveAreasFor(ctx.actor, wave, 'survey.manage');
    if (managed.length === 0) throw forbidden();
    return { areaIds: managed, buildingIds: [] };
  }
  for (const id of [...areaIds, ...buildingAreas])
    authorize(surveyPermissions, ctx.actor, 'survey.manage', id);
  return { areaIds, buildingIds };
}

/** The live apartments in the scope, in delivery order (address, entrance, door). */
export function apartmentsIn(tx: Tx, organizationId: string, scope: LetterScope) {
  return tx
    .select({
      apartmentId: apartments.id,
      doorNumber: apartments.doorNumber,
      entranceId: entrances.id,
      entranceLabel: entrances.label,
      buildingId: buildings.id,
      address: buildings.address,
      areaId: buildings.areaId,
    })
    .from(apartments)
    .innerJoin(entrances, entranceOfApartment)
    .innerJoin(buildings, buildingOfEntrance)
    .where(
      and(
        eq(apartments.organizationId, organizationId),
        isNull(apartments.archivedAt),
        isNull(entrances.archivedAt),
        isNull(buildings.archivedAt),
        or(inArray(buildings.areaId, scope.areaIds), inArray(buildings.id, scope.buildingIds)),
      ),
    )
    .orderBy(buildings.address, entrances.label, apartments.doorNumber);
}
