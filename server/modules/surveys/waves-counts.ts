import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import {
  apartments,
  buildings,
  entrances,
  surveyCodes,
  surveyCodeTallies,
  surveyResponses,
} from '../../db/schema';
import { buildingOfEntrance, entranceOfApartment } from './place-joins';

type WaveKey = { organizationId: string; id: string };
type CodeCount = { areaId: string; buildingId: string | null; issued: number; used: number };

/** Adds up rows with the same key: live codes and the tallies of codes retention deleted. */
function addUp<T extends { issued: number; used: number }>(rows: T[], key: (row: T) => string): T[] {
  const sums = new Map<string, T>();
  for (const row of rows) {
    const seen = sums.get(key(row));
    if (seen) sums.set(key(row), { ...seen, issued: seen.issued + row.issued, used: seen.used + row.used });
    else sums.set(key(row), { ...row });
  }
  return [...sums.values()];
}

/**
 * Codes issued and used per area and building of one wave: the live survey_codes plus the
 * tallies of codes retention deleted (modules/retention), so the counts hold after deletion.
 */
export async function codeCounts(tx: Tx, wave: WaveKey, areaIds: string[]): Promise<CodeCount[]> {
  const tallies = await tx
    .select({
      areaId: surveyCodeTallies.areaId,
      buildingId: surveyCodeTallies.buildingId,
      issued: sql<number>`sum(${surveyCodeTallies.issued})::int`,
      used: sql<number>`sum(${surveyCodeTallies.used})::int`,
    })
    .from(surveyCodeTallies)
    .where(
      and(
        eq(surveyCodeTallies.organizationId, wave.organizationId),
        eq(surveyCodeTallies.waveId, wave.id),
        inArray(surveyCodeTallies.areaId, areaIds),
      ),
    )
    .groupBy(surveyCodeTallies.areaId, surveyCodeTallies.buildingId);
  const live = await liveCodeCounts(tx, wave, areaIds);
  return addUp([...live, ...tallies], (row) => `${row.areaId}/${row.buildingId}`);
}

function liveCodeCounts(tx: Tx, wave: WaveKey, areaIds: string[]) {
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
  const live = await tx
    .select({ waveId: surveyCodes.waveId, issued: count(), used: count(surveyCodes.usedOn) })
    .from(surveyCodes)
    .where(and(eq(surveyCodes.organizationId, organizationId), inCodes))
    .groupBy(surveyCodes.waveId);
  const inTallies = areaIds === 'all' ? undefined : inArray(surveyCodeTallies.areaId, areaIds);
  const tallies = await tx
    .select({
      waveId: surveyCodeTallies.waveId,
      issued: sql<number>`sum(${surveyCodeTallies.issued})::int`,
      used: sql<number>`sum(${surveyCodeTallies.used})::int`,
    })
    .from(surveyCodeTallies)
    .where(and(eq(surveyCodeTallies.organizationId, organizationId), inTallies))
    .groupBy(surveyCodeTallies.waveId);
  const codes = addUp([...live, ...tallies], (row) => row.waveId);
  const responses = await tx
    .select({ waveId: surveyResponses.waveId, responses: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.organizationId, organizationId), inResponses))
    .groupBy(surveyResponses.waveId);
  return { codes, responses };
}
