import type { Geometry } from 'geojson';
import { z } from 'zod';
import { areaClassifications } from '../roles';

/** API contracts of the registry of places, shared by server routes and the web app. */

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const areaGeometrySchema = z.union([
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1) }),
  z.strictObject({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(position).min(4)).min(1)).min(1),
  }),
]);

export const idParams = z.strictObject({ id: z.uuid() });
export const listQuery = z.strictObject({ includeArchived: z.enum(['true', 'false']).optional() });

const name = z.string().trim().min(1).max(200);
const code = z.string().trim().min(1).max(40);
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const areaInput = z.strictObject({
  name,
  code,
  classification: z.enum(areaClassifications).nullable().optional(),
  geometry: areaGeometrySchema.nullable().optional(),
});
export const areaPatch = areaInput.partial();

export const area = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string(),
  classification: z.enum(areaClassifications).nullable(),
  geometry: areaGeometrySchema.nullable(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  buildingCount: z.number().int(),
  entranceCount: z.number().int(),
  archived: z.boolean(),
  updatedAt: z.string(),
});
export type Area = z.infer<typeof area>;

export const buildingInput = z.strictObject({
  areaId: z.uuid(),
  name: z.string().trim().max(200).nullable().optional(),
  address: z.string().trim().min(1).max(300),
  propertyDesignation: z.string().trim().max(100).nullable().optional(),
  externalId: z.string().trim().max(100).nullable().optional(),
  lon,
  lat,
});
export const buildingPatch = buildingInput.partial();

export const building = z.object({
  id: z.uuid(),
  areaId: z.uuid(),
  name: z.string().nullable(),
  address: z.string(),
  propertyDesignation: z.string().nullable(),
  externalId: z.string().nullable(),
  lon: z.number(),
  lat: z.number(),
  entranceCount: z.number().int(),
  archived: z.boolean(),
});
export type Building = z.infer<typeof building>;

export const entranceInput = z.strictObject({
  buildingId: z.uuid(),
  label: z.string().trim().min(1).max(100),
  lon,
  lat,
});
export const entrancePatch = entranceInput.omit({ buildingId: true }).partial();

export const entrance = z.object({
  id: z.uuid(),
  buildingId: z.uuid(),
  label: z.string(),
  lon: z.number(),
  lat: z.number(),
  /** Random, unguessable; the QR codes of later issues point at it. */
  publicToken: z.string(),
  apartmentCount: z.number().int(),
  archived: z.boolean(),
});
export type Entrance = z.infer<typeof entrance>;

export const apartmentInput = z.strictObject({
  entranceId: z.uuid(),
  doorNumber: z.string().trim().min(1).max(20),
  objectId: z.string().trim().min(1).max(100),
});
export const apartmentPatch = apartmentInput.omit({ entranceId: true }).partial();

export const apartment = z.object({
  id: z.uuid(),
  entranceId: z.uuid(),
  doorNumber: z.string(),
  objectId: z.string(),
  archived: z.boolean(),
});
export type Apartment = z.infer<typeof apartment>;

/** Abilities the actor has in this organization, so the UI hides what it may not do. */
export const placeAbilities = z.array(z.string());

export const areaList = z.object({ items: z.array(area), abilities: placeAbilities });
export const areaDetail = z.object({ area, buildings: z.array(building), abilities: placeAbilities });
export const buildingDetail = z.object({
  building,
  area: z.object({ id: z.uuid(), name: z.string() }),
  entrances: z.array(entrance),
  apartments: z.array(apartment),
  abilities: placeAbilities,
});

/** GeoJSON FeatureCollection for the map: area polygons, building and entrance points. */
export const mapFeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.custom<Geometry>((value) => typeof value === 'object' && value !== null),
      properties: z.object({
        kind: z.enum(['area', 'building', 'entrance']),
        id: z.string(),
        label: z.string(),
      }),
    }),
  ),
});

/** Import of areas: a GeoJSON FeatureCollection, all or nothing. */
export const areaImportInput = z.strictObject({
  /** GeoJSON text as uploaded; parsed and checked on the server so errors can name features. */
  geojson: z.string().min(1).max(20_000_000),
  /** 'EPSG:4326' (WGS84) or 'EPSG:3006' (SWEREF 99 TM); detected from the file's crs when omitted. */
  crs: z.enum(['EPSG:4326', 'EPSG:3006']).optional(),
  dryRun: z.boolean().optional(),
});
/** Import of buildings and entrances from CSV, all or nothing. */
export const buildingImportInput = z.strictObject({
  csv: z.string().min(1).max(20_000_000),
  crs: z.enum(['EPSG:4326', 'EPSG:3006']).optional(),
  dryRun: z.boolean().optional(),
});
export const importResult = z.object({
  dryRun: z.boolean(),
  created: z.object({ areas: z.number().int(), buildings: z.number().int(), entrances: z.number().int() }),
});
