import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type Client, loginAs } from '../../testing/factories';

/** A small square polygon around a point, closed as GeoJSON requires. */
export const squareAround = (lon: number, lat: number, d = 0.005) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** Creates an area, a building, an entrance and an apartment through the API, as the given client. */
export async function createPlaces(client: Client) {
  const area = await client.post('/api/areas', {
    name: unique('Area'),
    code: unique('A'),
    geometry: squareAround(17.95, 59.21),
  });
  expect(area.statusCode, area.body).toBe(201);
  const areaId: string = area.json().id;
  const building = await client.post('/api/buildings', {
    areaId,
    address: 'Storgatan 1',
    externalId: unique('B'),
    lon: 17.95,
    lat: 59.21,
  });
  expect(building.statusCode, building.body).toBe(201);
  const buildingId: string = building.json().id;
  const entrance = await client.post('/api/entrances', {
    buildingId,
    label: 'A',
    lon: 17.9501,
    lat: 59.2101,
  });
  expect(entrance.statusCode, entrance.body).toBe(201);
  const entranceId: string = entrance.json().id;
  const apartment = await client.post('/api/apartments', {
    entranceId,
    doorNumber: '1101',
    objectId: unique('O'),
  });
  expect(apartment.statusCode, apartment.body).toBe(201);
  return { areaId, buildingId, entranceId, apartmentId: apartment.json().id as string };
}

/** An admin of a fresh organization with one complete set of places. */
export async function organizationWithPlaces(app: FastifyInstance) {
  const admin = await loginAs(app, 'admin');
  return { admin, ...(await createPlaces(admin)) };
}
