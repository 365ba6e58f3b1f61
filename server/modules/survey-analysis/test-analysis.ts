import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { defaultSurveyIndexes } from '../../../common/surveys/indexes';
import { buildings, entrances } from '../../db/schema';
import { newId } from '../../platform/ids';
import { type Client, loginAs } from '../../testing/factories';
import { squareAround } from '../places/test-places';
import type { TestSheet } from '../surveys/testing';

export const indexItems = defaultSurveyIndexes[0].itemKeys;

/**
 * `n` answer sheets at a place: the first `positive` answer "mycket bra" (1) on every
 * trygghetsindex item, the rest "dålig" (4); extra fields (background, channel) as given.
 */
export function sheets(
  n: number,
  positive: number,
  place: Pick<TestSheet, 'areaId' | 'buildingId'>,
  extra: Partial<TestSheet> = {},
): TestSheet[] {
  return Array.from({ length: n }, (_, i) => ({
    ...place,
    ...extra,
    answers: Object.fromEntries(indexItems.map((key) => [key, i < positive ? 1 : 4])),
  }));
}

/** A live area with a polygon, made through the API as an admin would. */
export async function areaWithShape(admin: Client, name: string) {
  const response = await admin.post('/api/areas', {
    name,
    code: `${name}-${newId().slice(-8)}`,
    geometry: squareAround(17.95, 59.21),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

/** A building (and, when asked, one entrance) in an area, inserted directly. */
export async function testBuilding(
  app: FastifyInstance,
  organizationId: string,
  areaId: string,
  address: string,
) {
  const id = newId();
  await app.db.insert(buildings).values({ organizationId, id, areaId, address, lon: 17.95, lat: 59.21 });
  return id;
}

export async function testEntrance(
  app: FastifyInstance,
  organizationId: string,
  buildingId: string,
  label: string,
) {
  const id = newId();
  await app.db
    .insert(entrances)
    .values({ organizationId, id, buildingId, label, lon: 17.95, lat: 59.21, publicToken: newId() });
  return id;
}

/** An organization with an admin and two areas with shapes (A and B). */
export async function analysisOrganization(app: FastifyInstance) {
  const admin = await loginAs(app, 'admin');
  const areaA = await areaWithShape(admin, 'Alfa');
  const areaB = await areaWithShape(admin, 'Beta');
  return { admin, organizationId: admin.organizationId, areaA, areaB };
}
