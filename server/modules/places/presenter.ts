import type { Apartment, Area, Building, Entrance } from '../../../common/contracts/places';
import type { AreaClassification } from '../../../common/roles';
import type { apartments, areas, buildings, entrances } from '../../db/schema';

type AreaRow = typeof areas.$inferSelect;
type BuildingRow = typeof buildings.$inferSelect;
type EntranceRow = typeof entrances.$inferSelect;
type ApartmentRow = typeof apartments.$inferSelect;

/** The only shapes in which places leave the server. */
export function presentArea(row: AreaRow, counts: { buildingCount: number; entranceCount: number }): Area {
  const hasBox = row.minLon !== null && row.minLat !== null && row.maxLon !== null && row.maxLat !== null;
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    classification: (row.classification as AreaClassification | null) ?? null,
    geometry: row.geometry ?? null,
    bbox: hasBox
      ? [row.minLon as number, row.minLat as number, row.maxLon as number, row.maxLat as number]
      : null,
    buildingCount: Number(counts.buildingCount),
    entranceCount: Number(counts.entranceCount),
    archived: row.archivedAt !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentBuilding(row: BuildingRow, entranceCount: number): Building {
  return {
    id: row.id,
    areaId: row.areaId,
    name: row.name,
    address: row.address,
    propertyDesignation: row.propertyDesignation,
    externalId: row.externalId,
    lon: row.lon,
    lat: row.lat,
    entranceCount: Number(entranceCount),
    archived: row.archivedAt !== null,
  };
}

export function presentEntrance(row: EntranceRow, apartmentCount: number): Entrance {
  return {
    id: row.id,
    buildingId: row.buildingId,
    label: row.label,
    lon: row.lon,
    lat: row.lat,
    publicToken: row.publicToken,
    apartmentCount: Number(apartmentCount),
    archived: row.archivedAt !== null,
  };
}

export function presentApartment(row: ApartmentRow): Apartment {
  return {
    id: row.id,
    entranceId: row.entranceId,
    doorNumber: row.doorNumber,
    objectId: row.objectId,
    archived: row.archivedAt !== null,
  };
}
