import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { AreaGeometry, Position } from '../../../common/geo';
import type { Db, Tx } from '../../db/client';
import { areas, organizations, reportCategories } from '../../db/schema';
import { pointInArea } from '../../platform/geo/point-in-area';

/**
 * What intake needs to know of an organization to place and categorize a report: its live
 * categories and its areas. Intake is the hot path (≥ 1,000 reports/s), and these change
 * rarely, so each process keeps them for a few seconds instead of asking the database on every
 * report. A change made through this process is seen at once (forgetIntakeDirectories); one
 * made by another process within `freshForMs`.
 */
export type IntakeDirectory = {
  organizationId: string;
  categories: Map<string, { id: string; restricted: boolean }>;
  areas: {
    id: string;
    geometry: AreaGeometry;
    box: number;
    minLon: number;
    minLat: number;
    maxLon: number;
    maxLat: number;
  }[];
};

const freshForMs = 10_000;
type Entry = { loadedAt: number; directory: Promise<IntakeDirectory | null> };
const cached = new WeakMap<Tx, Map<string, Entry>>();

type Key = { slug: string } | { organizationId: string };

async function load(db: Tx, key: Key): Promise<IntakeDirectory | null> {
  const named = 'slug' in key ? eq(organizations.slug, key.slug) : eq(organizations.id, key.organizationId);
  const [organization] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(named, isNull(organizations.archivedAt)));
  if (!organization) return null;
  const [categoryRows, areaRows] = await Promise.all([
    db
      .select({ key: reportCategories.key, id: reportCategories.id, restricted: reportCategories.restricted })
      .from(reportCategories)
      .where(and(eq(reportCategories.organizationId, organization.id), isNull(reportCategories.archivedAt))),
    db
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
        and(eq(areas.organizationId, organization.id), isNull(areas.archivedAt), isNotNull(areas.geometry)),
      ),
  ]);
  return {
    organizationId: organization.id,
    categories: new Map(categoryRows.map(({ key, ...category }) => [key, category])),
    areas: areaRows.map((area) => {
      const [minLon, minLat, maxLon, maxLat] = [
        area.minLon ?? 0,
        area.minLat ?? 0,
        area.maxLon ?? 0,
        area.maxLat ?? 0,
      ];
      const box = (maxLon - minLon) * (maxLat - minLat);
      return { id: area.id, geometry: area.geometry as AreaGeometry, minLon, minLat, maxLon, maxLat, box };
    }),
  };
}

/** The organization's intake directory by its slug or id; null when there is no such live organization. */
export function intakeDirectory(db: Tx, key: Key): Promise<IntakeDirectory | null> {
  const byKey = cached.get(db) ?? new Map<string, Entry>();
  cached.set(db, byKey);
  const name = 'slug' in key ? `slug:${key.slug}` : `id:${key.organizationId}`;
  const entry = byKey.get(name);
  if (entry && Date.now() - entry.loadedAt < freshForMs) return entry.directory;
  const directory = load(db, key);
  byKey.set(name, { loadedAt: Date.now(), directory });
  // Unknown organizations and failed loads are not kept: the next report asks again.
  directory.then(
    (found) => found ?? byKey.delete(name),
    () => byKey.delete(name),
  );
  return directory;
}

/** Forgets what this process keeps, after a change to categories or areas. */
export function forgetIntakeDirectories(db: Db): void {
  cached.delete(db);
}

/**
 * The area a point lies in: candidates by bounding box, then the polygon itself decides. A point
 * just outside every polygon but inside a box (a pin dropped on the border, a roughly drawn
 * area) falls back to the smallest such box; outside every box it has no area.
 */
export function areaInDirectory(directory: IntakeDirectory, [lon, lat]: Position): string | null {
  const candidates = directory.areas.filter(
    (area) => area.minLon <= lon && lon <= area.maxLon && area.minLat <= lat && lat <= area.maxLat,
  );
  const inside = candidates.find((area) => pointInArea([lon, lat], area.geometry));
  if (inside) return inside.id;
  return candidates.sort((a, b) => a.box - b.box)[0]?.id ?? null;
}

/** The area of the organization a point lies in (see areaInDirectory). */
export async function areaAt(db: Tx, organizationId: string, position: Position): Promise<string | null> {
  const directory = await intakeDirectory(db, { organizationId });
  return directory ? areaInDirectory(directory, position) : null;
}
