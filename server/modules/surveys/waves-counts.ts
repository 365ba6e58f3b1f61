import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { apartments, buildings, entrances, surveyCodes, surveyResponses } from '../../db/schema';
import { buildingOfEntrance, entranceOfApartment } from './place-joins';

type WaveKey = { organizationId: string; id: string };

/** Codes issued and used per area and building of one wave (live, from survey_codes). */
export function codeCounts(tx: Tx, wave: WaveKey, areaIds: string[]) {
  return tx
    .select({
      areaId: surveyCodes.areaId,
      buildingId: surveyCodes.buildingId,
      issued: count(),
      used: count(surveyCodes.usedOn),
    })
    .from(surveyCodes)
    .where(
      and(
        eq(surveyCodes.organizationId, wave.organizationId),
        eq(surveyCodes.waveId, wave.id),
        inArray(surveyCodes.areaId, areaIds),
      ),
    )
    .groupBy(surveyCodes.areaId, surveyCodes.buildingId);
}

/** Responses per area, building and channel of one wave. */
export function responseCounts(tx: Tx, wave: WaveKey, areaIds: string[]) {
  return tx
    .select({
      areaId: surveyResponses.areaId,
      buildingId: surveyResponses.buildingId,
      channel: surveyResponses.channel,
      responses: count(),
    })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organizationId, wave.organizationId),
        eq(surveyResponses.waveId, wave.id),
        inArray(surveyResponses.areaId, areaIds),
      ),
    )
    .groupBy(surveyResponses.areaId, surveyResponses.buildingId, surveyResponses.channel);
}

/** The live buildings of the areas with their number of households (live apartments). */
export function buildingHouseholds(tx: Tx, organizationId: string, areaIds: string[]) {
  return tx
    .select({
      buildingId: buildings.id,
      areaId: buildings.areaId,
      address: buildings.address,
      households: count(apartments.id),
    })
    .from(buildings)
    .leftJoin(entrances, and(buildingOfEntrance, isNull(entrances.archivedAt)))
    .leftJoin(apartments, and(entranceOfApartment, isNull(apartments.archivedAt)))
    .where(
      and(
        eq(buildings.organizationId, organizationId),
        inArray(buildings.areaId, areaIds),
        isNull(buildings.archivedAt),
      ),
    )
    .groupBy(buildings.id, buildings.areaId, buildings.address)
    .orderBy(buildings.address);
}

/** Per wave of the organization: responses, codes issued and used, within the given areas (or all). */
export async function waveTotals(tx: Tx, organizationId: string, areaIds: string[] | 'all') {
  const inCodes = areaIds === 'all' ? undefined : inArray(surveyCodes.areaId, areaIds);
  const inResponses = areaIds === 'all' ? undefined : inArray(surveyResponses.areaId, areaIds);
  const codes = await tx
    .select({ waveId: surveyCodes.waveId, issued: count(), used: count(surveyCodes.usedOn) })
    .from(surveyCodes)
    .where(and(eq(surveyCodes.organizationId, organizationId), inCodes))
    .groupBy(surveyCodes.waveId);
  const responses = await tx
    .select({ waveId: surveyResponses.waveId, responses: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.organizationId, organizationId), inResponses))
    .groupBy(surveyResponses.waveId);
  return { codes, responses };
}
