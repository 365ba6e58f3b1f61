import { and, eq } from 'drizzle-orm';
import type { AreaGeometry } from '../../../common/geo';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, buildings, entrances } from '../../db/schema';

/** An area of the organization with its outline (for the map question), or null. */
export async function surveyArea(
  tx: Tx,
  organizationId: string,
  areaId: string,
): Promise<{ id: string; name: string; geometry: AreaGeometry | null } | null> {
  const [row] = await tx
    .select({ id: areas.id, name: areas.name, geometry: areas.geometry })
    .from(areas)
    .where(sameRow(areas, organizationId, areaId));
  return row ?? null;
}

/** A building of the organization: its area and street address, or null. */
export async function surveyBuilding(tx: Tx, organizationId: string, buildingId: string) {
  const [row] = await tx
    .select({ id: buildings.id, areaId: buildings.areaId, address: buildings.address })
    .from(buildings)
    .where(sameRow(buildings, organizationId, buildingId));
  return row ?? null;
}

/** An entrance of the organization in the given building, or null. */
export async function surveyEntrance(tx: Tx, organizationId: string, entranceId: string, buildingId: string) {
  const [row] = await tx
    .select({ id: entrances.id })
    .from(entrances)
    .where(and(sameRow(entrances, organizationId, entranceId), eq(entrances.buildingId, buildingId)));
  return row ?? null;
}
