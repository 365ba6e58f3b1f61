import { and, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { mapFeatureCollection } from '../../../common/contracts/places';
import { sameRow } from '../../db/same-row';
import { areas, buildings, entrances } from '../../db/schema';
import { inScope, loadArea, scopeFor } from './access';
import type { PlaceContext } from './context';

type FeatureCollection = z.infer<typeof mapFeatureCollection>;
type Feature = FeatureCollection['features'][number];
type Kind = Feature['properties']['kind'];

const feature = (kind: Kind, id: string, label: string, geometry: Feature['geometry']): Feature => ({
  type: 'Feature',
  id: `${kind}:${id}`,
  geometry,
  properties: { kind, id, label },
});
const point = (lon: number, lat: number): Feature['geometry'] => ({ type: 'Point', coordinates: [lon, lat] });
const buildingInArea = sameRow(areas, buildings.organizationId, buildings.areaId);
const entranceInBuilding = sameRow(buildings, entrances.organizationId, entrances.buildingId);

/**
 * The live areas, buildings and entrances the actor may see, as GeoJSON for the map; one area
 * only when `areaId` is given. Children of archived parents are left out with them.
 */
export async function placesMap(ctx: PlaceContext, areaId?: string): Promise<FeatureCollection> {
  if (areaId) await loadArea(ctx.db, ctx.actor, areaId);
  const liveArea = and(
    eq(areas.organizationId, ctx.actor.organizationId),
    isNull(areas.archivedAt),
    areaId ? eq(areas.id, areaId) : undefined,
  );
  const [areaFeatures, buildingFeatures, entranceFeatures] = await Promise.all([
    areaPolygons(ctx, liveArea),
    buildingPoints(ctx, liveArea),
    entrancePoints(ctx, liveArea),
  ]);
  return { type: 'FeatureCollection', features: [...areaFeatures, ...buildingFeatures, ...entranceFeatures] };
}

async function areaPolygons(ctx: PlaceContext, liveArea: SQL | undefined) {
  const rows = await ctx.db
    .select({ id: areas.id, name: areas.name, geometry: areas.geometry })
    .from(areas)
    .where(and(liveArea, isNotNull(areas.geometry), inScope(areas.id, scopeFor(ctx.actor, 'area.read'))));
  // isNotNull above: every row has a geometry.
  return rows.flatMap((a) => (a.geometry ? [feature('area', a.id, a.name, a.geometry)] : []));
}

async function buildingPoints(ctx: PlaceContext, liveArea: SQL | undefined) {
  const rows = await ctx.db
    .select({
      id: buildings.id,
      name: buildings.name,
      address: buildings.address,
      lon: buildings.lon,
      lat: buildings.lat,
    })
    .from(buildings)
    .innerJoin(areas, buildingInArea)
    .where(
      and(
        liveArea,
        isNull(buildings.archivedAt),
        inScope(buildings.areaId, scopeFor(ctx.actor, 'building.read')),
      ),
    );
  return rows.map((b) => feature('building', b.id, b.name ?? b.address, point(b.lon, b.lat)));
}

async function entrancePoints(ctx: PlaceContext, liveArea: SQL | undefined) {
  const rows = await ctx.db
    .select({ id: entrances.id, label: entrances.label, lon: entrances.lon, lat: entrances.lat })
    .from(entrances)
    .innerJoin(buildings, entranceInBuilding)
    .innerJoin(areas, buildingInArea)
    .where(
      and(
        liveArea,
        isNull(buildings.archivedAt),
        isNull(entrances.archivedAt),
        inScope(buildings.areaId, scopeFor(ctx.actor, 'entrance.read')),
      ),
    );
  return rows.map((e) => feature('entrance', e.id, e.label, point(e.lon, e.lat)));
}
