import { and, eq, isNull, sql } from 'drizzle-orm';
import { sameRow } from '../../db/same-row';
import { apartments, areas, buildings, entrances } from '../../db/schema';

/*
 * Correlated counts of live (non-archived) children, selected with their parent so a list is
 * one query rather than one per row.
 */
export const buildingCountOfArea = sql<number>`(
  select count(*)::int from ${buildings}
  where ${and(eq(buildings.organizationId, areas.organizationId), eq(buildings.areaId, areas.id), isNull(buildings.archivedAt))}
)`;

export const entranceCountOfArea = sql<number>`(
  select count(*)::int from ${entrances} join ${buildings}
    on ${sameRow(buildings, entrances.organizationId, entrances.buildingId)}
  where ${and(eq(buildings.organizationId, areas.organizationId), eq(buildings.areaId, areas.id), isNull(buildings.archivedAt), isNull(entrances.archivedAt))}
)`;

export const entranceCountOfBuilding = sql<number>`(
  select count(*)::int from ${entrances}
  where ${and(eq(entrances.organizationId, buildings.organizationId), eq(entrances.buildingId, buildings.id), isNull(entrances.archivedAt))}
)`;

export const apartmentCountOfEntrance = sql<number>`(
  select count(*)::int from ${apartments}
  where ${and(eq(apartments.organizationId, entrances.organizationId), eq(apartments.entranceId, entrances.id), isNull(apartments.archivedAt))}
)`;
