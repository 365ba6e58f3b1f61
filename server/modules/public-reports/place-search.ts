import { and, asc, eq, gte, ilike, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PublicAreas, PublicPlace } from '../../../common/contracts/public-reports';
import type { Db } from '../../db/client';
import { sameRow } from '../../db/same-row';
import { areas, buildings, entrances } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { organizationBySlug } from './organization';

const nearbyMeters = 300;
const metersPerDegree = 111_320;

async function organizationIdOf(db: Db, slug: string): Promise<string> {
  const organization = await organizationBySlug(db, slug);
  if (!organization) throw notFound();
  return organization.id;
}

/** Entrances with their building and area, none of them archived, of one organization. */
function entranceRows(db: Db, organizationId: string, condition: SQL | undefined) {
  return db
    .select({
      token: entrances.publicToken,
      label: entrances.label,
      address: buildings.address,
      areaName: areas.name,
      lon: entrances.lon,
      lat: entrances.lat,
    })
    .from(entrances)
    .innerJoin(buildings, sameRow(buildings, entrances.organizationId, entrances.buildingId))
    .innerJoin(areas, sameRow(areas, buildings.organizationId, buildings.areaId))
    .where(
      and(
        eq(entrances.organizationId, organizationId),
        isNull(entrances.archivedAt),
        isNull(buildings.archivedAt),
        isNull(areas.archivedAt),
        condition,
      ),
    )
    .$dynamic();
}

type EntranceRow = {
  token: string;
  label: string;
  address: string;
  areaName: string;
  lon: number;
  lat: number;
};
const presentPlace = (row: EntranceRow): PublicPlace => ({
  entranceToken: row.token,
  label: row.label,
  address: row.address,
  areaName: row.areaName,
  lon: row.lon,
  lat: row.lat,
});

/** Address search: "Storgatan 1", "storgatan 1 b" or a building's name. */
export async function searchPlaces(db: Db, slug: string, q: string) {
  const organizationId = await organizationIdOf(db, slug);
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const matches = or(
    ilike(buildings.address, pattern),
    ilike(sql`${buildings.address} || ' ' || ${entrances.label}`, pattern),
    ilike(buildings.name, pattern),
  );
  const rows = await entranceRows(db, organizationId, matches)
    .orderBy(asc(buildings.address), asc(entrances.label))
    .limit(10);
  return { places: rows.map(presentPlace) };
}

/** Up to 5 entrances within ~300 m, nearest first ("use my position"). */
export async function nearbyPlaces(db: Db, slug: string, lon: number, lat: number) {
  const organizationId = await organizationIdOf(db, slug);
  const dLat = nearbyMeters / metersPerDegree;
  const dLon = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
  const box = and(
    gte(entrances.lon, lon - dLon),
    lte(entrances.lon, lon + dLon),
    gte(entrances.lat, lat - dLat),
    lte(entrances.lat, lat + dLat),
  );
  const rows = await entranceRows(db, organizationId, box);
  const distance = (row: EntranceRow) =>
    Math.hypot((row.lon - lon) * Math.cos((lat * Math.PI) / 180), row.lat - lat) * metersPerDegree;
  const near = rows.filter((row) => distance(row) <= nearbyMeters);
  near.sort((a, b) => distance(a) - distance(b));
  return { places: near.slice(0, 5).map(presentPlace) };
}

/** The organization's area outlines for the pin map (names only). */
export async function publicAreaOutlines(db: Db, slug: string): Promise<PublicAreas> {
  const organizationId = await organizationIdOf(db, slug);
  const rows = await db
    .select({ name: areas.name, geometry: areas.geometry })
    .from(areas)
    .where(and(eq(areas.organizationId, organizationId), isNull(areas.archivedAt)))
    .orderBy(asc(areas.name));
  const features = rows.flatMap((row) =>
    row.geometry
      ? [{ type: 'Feature' as const, properties: { name: row.name }, geometry: row.geometry }]
      : [],
  );
  return { type: 'FeatureCollection', features };
}
