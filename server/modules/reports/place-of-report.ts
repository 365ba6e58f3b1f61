import { and, eq, gte, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Position } from '../../../common/geo';
import type { Locale } from '../../../common/roles';
import type { Tx } from '../../db/client';
import { areas, buildings, entrances } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { pointInArea } from '../../platform/geo/point-in-area';
import { intakeMessage } from '../public-reports/messages';

export type ResolvedPlace = {
  areaId: string | null;
  buildingId: string | null;
  entranceId: string | null;
  lon: number | null;
  lat: number | null;
};

/** The entrance behind a public token (QR code): not archived, of this organization when given. */
export async function entranceOfToken(db: Tx, organizationId: string | null, token: string) {
  const [row] = await db
    .select({
      organizationId: entrances.organizationId,
      entranceId: entrances.id,
      label: entrances.label,
      lon: entrances.lon,
      lat: entrances.lat,
      buildingId: buildings.id,
      address: buildings.address,
      areaId: areas.id,
      areaName: areas.name,
    })
    .from(entrances)
    .innerJoin(
      buildings,
      and(eq(buildings.organizationId, entrances.organizationId), eq(buildings.id, entrances.buildingId)),
    )
    .innerJoin(areas, and(eq(areas.organizationId, buildings.organizationId), eq(areas.id, buildings.areaId)))
    .where(
      and(
        organizationId ? eq(entrances.organizationId, organizationId) : undefined,
        eq(entrances.publicToken, token),
        isNull(entrances.archivedAt),
        isNull(buildings.archivedAt),
      ),
    );
  return row ?? null;
}

/**
 * The area a point lies in: candidates by bounding box in SQL, then the polygon itself. A point
 * just outside every polygon but inside a box (a pin dropped on the border, a roughly drawn
 * area) falls back to the smallest such box; outside every box it has no area.
 */
export async function areaAt(db: Tx, organizationId: string, [lon, lat]: Position): Promise<string | null> {
  const candidates = await db
    .select({
      id: areas.id,
      geometry: areas.geometry,
      minLon: areas.minLon,
      minLat: areas.minLat,
      maxLon: areas.maxLon,
      maxLat: areas.maxLat,
    })
    .from(areas)
    .where(
      and(
        eq(areas.organizationId, organizationId),
        isNull(areas.archivedAt),
        isNotNull(areas.geometry),
        lte(areas.minLon, lon),
        gte(areas.maxLon, lon),
        lte(areas.minLat, lat),
        gte(areas.maxLat, lat),
      ),
    );
  const inside = candidates.find((area) => area.geometry && pointInArea([lon, lat], area.geometry));
  if (inside) return inside.id;
  const boxSize = (a: (typeof candidates)[number]) =>
    ((a.maxLon ?? 0) - (a.minLon ?? 0)) * ((a.maxLat ?? 0) - (a.minLat ?? 0));
  return candidates.sort((a, b) => boxSize(a) - boxSize(b))[0]?.id ?? null;
}

/**
 * Where a report is: from an entrance token (its entrance, building and area; a given position
 * refines the point) or from a position alone (the area it lies in, possibly none).
 */
export async function resolvePlace(
  db: Tx,
  organizationId: string,
  place: { entranceToken?: string; position?: { lon: number; lat: number } },
  locale: Locale = 'sv',
): Promise<ResolvedPlace> {
  const { entranceToken, position } = place;
  if (entranceToken) {
    const entrance = await entranceOfToken(db, organizationId, entranceToken);
    if (!entrance) {
      throw new AppError('validation_failed', [
        { path: 'entranceToken', message: intakeMessage(locale, 'unknownEntrance') },
      ]);
    }
    const { areaId, buildingId, entranceId } = entrance;
    return {
      areaId,
      buildingId,
      entranceId,
      lon: position?.lon ?? entrance.lon,
      lat: position?.lat ?? entrance.lat,
    };
  }
  if (position) {
    const areaId = await areaAt(db, organizationId, [position.lon, position.lat]);
    return { areaId, buildingId: null, entranceId: null, lon: position.lon, lat: position.lat };
  }
  return { areaId: null, buildingId: null, entranceId: null, lon: null, lat: null };
}
