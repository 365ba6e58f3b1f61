import { and, eq, isNull } from 'drizzle-orm';
import type { Locale } from '../../../common/roles';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, buildings, entrances } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { intakeMessage } from '../public-reports/messages';
import { areaInDirectory, intakeDirectory } from './intake-directory';
import { inServiceRegion } from './service-region';

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
    .innerJoin(buildings, sameRow(buildings, entrances.organizationId, entrances.buildingId))
    .innerJoin(areas, sameRow(areas, buildings.organizationId, buildings.areaId))
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
 * The area a given position lies in (null: outside every area but in the service region), or a
 * 400 on `position` when it is outside the organization's service region (see service-region.ts).
 */
async function areaOfPosition(
  db: Tx,
  organizationId: string,
  position: { lon: number; lat: number },
  locale: Locale,
): Promise<string | null> {
  const directory = await intakeDirectory(db, { organizationId });
  if (!directory) return null;
  const point: [number, number] = [position.lon, position.lat];
  if (!inServiceRegion(directory, point)) {
    throw new AppError('validation_failed', [
      { path: 'position', message: intakeMessage(locale, 'outsideRegion') },
    ]);
  }
  return areaInDirectory(directory, point);
}

/**
 * Where a report is: from an entrance token (its entrance, building and area; a given position
 * refines the point) or from a position alone (the area it lies in, possibly none). A position
 * outside the organization's service region is refused either way.
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
    if (position) await areaOfPosition(db, organizationId, position, locale);
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
    const areaId = await areaOfPosition(db, organizationId, position, locale);
    return { areaId, buildingId: null, entranceId: null, lon: position.lon, lat: position.lat };
  }
  return { areaId: null, buildingId: null, entranceId: null, lon: null, lat: null };
}
