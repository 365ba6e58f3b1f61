import {
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AreaGeometry } from '../../../common/geo';
import { organizations } from './organizations';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
};

/** A housing area (bostadsområde), drawn as a polygon in WGS84. */
export const areas = pgTable(
  'areas',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    /** Police classification, if any: 'utsatt' | 'sarskilt_utsatt' | 'riskomrade'. */
    classification: text('classification'),
    geometry: jsonb('geometry').$type<AreaGeometry>(),
    /** Bounding box of the geometry, kept for viewport queries without PostGIS. */
    minLon: doublePrecision('min_lon'),
    minLat: doublePrecision('min_lat'),
    maxLon: doublePrecision('max_lon'),
    maxLat: doublePrecision('max_lat'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    unique('areas_code_unique').on(t.organizationId, t.code),
  ],
);

/** A property or building (fastighet/byggnad) with a street address and a point. */
export const buildings = pgTable(
  'buildings',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    areaId: uuid('area_id').notNull(),
    name: text('name'),
    address: text('address').notNull(),
    propertyDesignation: text('property_designation'),
    /** The company's own object id for the building, unique in the organization when given. */
    externalId: text('external_id'),
    lon: doublePrecision('lon').notNull(),
    lat: doublePrecision('lat').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({ columns: [t.organizationId, t.areaId], foreignColumns: [areas.organizationId, areas.id] }),
    unique('buildings_external_id_unique').on(t.organizationId, t.externalId),
    index('buildings_area_idx').on(t.organizationId, t.areaId),
  ],
);

/** An entrance or stairwell (trappuppgång). Its public token is printed as a QR code later. */
export const entrances = pgTable(
  'entrances',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    buildingId: uuid('building_id').notNull(),
    label: text('label').notNull(),
    lon: doublePrecision('lon').notNull(),
    lat: doublePrecision('lat').notNull(),
    publicToken: text('public_token').notNull().unique(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.buildingId],
      foreignColumns: [buildings.organizationId, buildings.id],
    }),
    index('entrances_building_idx').on(t.organizationId, t.buildingId),
  ],
);

/** An apartment: the number on the door and the company's object id. Never tenants' names. */
export const apartments = pgTable(
  'apartments',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    entranceId: uuid('entrance_id').notNull(),
    doorNumber: text('door_number').notNull(),
    objectId: text('object_id').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.entranceId],
      foreignColumns: [entrances.organizationId, entrances.id],
    }),
    unique('apartments_object_id_unique').on(t.organizationId, t.objectId),
    index('apartments_entrance_idx').on(t.organizationId, t.entranceId),
  ],
);
