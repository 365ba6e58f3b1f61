import { and, eq, isNull, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { AreaGeometry, Position } from '../../../common/geo';
import type { Locale } from '../../../common/roles';
import type { Tx } from '../../db/client';
import { sameRow } from '../../db/same-row';
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

/** An area whose bounding box holds a point: a candidate for the area the point lies in. */
export type AreaCandidate = { id: string; geometry: AreaGeometry; box: number };

/**
 * The candidate areas for a point as one JSON value (null when none), so a caller can fetch
 * them in the same query as other things it needs.
 */
export function areaCandidatesAt(
  organizationId: SQLWrapper | string,
  [lon, lat]: Position,
): SQL<AreaCandidate[] | null> {
  return sql<AreaCandidate[] | null>`(
    select json_agg(json_build_object('id', a.id, 'geometry', a.geometry,
      'box', (a.max_lon - a.min_lon) * (a.max_lat - a.min_lat)))
    from ${areas} a
    where a.organization_id = ${organizationId} and a.archived_at is null and a.geometry is not null
      and a.min_lon <= ${lon} and a.max_lon >= ${lon} and a.min_lat <= ${lat} and a.max_lat >= ${lat})`;
}

/**
 * The area a point lies in among the candidates: the polygon itself decides. A point just outside
 * every polygon but inside a box (a pin dropped on the border, a roughly drawn area) falls back
 * to the smallest such box; outside every box it has no area.
 */
export function pickArea(candidates: AreaCandidate[] | null, position: Position): string | null {
  const list = candidates ?? [];
  const inside = list.find((area) => pointInArea(position, area.geometry));
  if (inside) return inside.id;
  return [...list].sort((a, b) => a.box - b.box)[0]?.id ?? null;
}

/** The area a point lies in (see pickArea). */
export async function areaAt(db: Tx, organizationId: string, position: Position): Promise<string | null> {
  const result = (await db.execute(
    sql`select ${areaCandidatesAt(organizationId, position)} as candidates`,
  )) as {
    rows: { candidates: AreaCandidate[] | null }[];
  };
  const [row] = result.rows;
  return pickArea(row?.candidates ?? null, position);
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
