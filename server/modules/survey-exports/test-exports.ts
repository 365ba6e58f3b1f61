import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type Client, loginAs } from '../../testing/factories';
import { addTestResponses, createTestWave, type TestSheet } from '../surveys/testing';

const indexAnswers = (value: number) => ({
  safety_evening_area: value,
  safety_stairwell: value,
  safety_cellar_storage: value,
  safety_laundry: value,
  outdoor_lighting: value,
});

async function created(client: Client, url: string, body: object): Promise<string> {
  const response = await client.post(url, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** n sheets in an area (and building): the first `good` answer 2 (good), the rest 4. */
const sheets = (n: number, good: number, place: Pick<TestSheet, 'areaId' | 'buildingId'>, text?: string) =>
  Array.from({ length: n }, (_, i) => ({
    ...place,
    answers: indexAnswers(i < good ? 2 : 4),
    freeText: text,
  }));

/**
 * An organization with the area "Östra Fältet" surveyed in two waves. In 2026: Storgatan 1 has
 * 12 responses, Lillgatan 2 only 3 (suppressed), 5 more gave no building.
 */
export async function exportFixture(app: FastifyInstance) {
  const admin = await loginAs(app, 'admin');
  const organizationId = admin.organizationId;
  const areaId = await created(admin, '/api/areas', {
    name: 'Östra Fältet',
    code: `OF-${crypto.randomUUID().slice(0, 8)}`,
  });
  const building = (address: string, lon: number) =>
    created(admin, '/api/buildings', { areaId, address, lon, lat: 59.2 });
  const big = await building('Storgatan 1', 17.9);
  const small = await building('Lillgatan 2', 17.91);
  const earlier = await createTestWave(app, {
    organizationId,
    areaIds: [areaId],
    name: 'Hösten 2025',
    startsOn: '2025-10-01',
  });
  const wave = await createTestWave(app, {
    organizationId,
    areaIds: [areaId],
    name: 'Hösten 2026',
    startsOn: '2026-10-01',
  });
  await addTestResponses(app.db, earlier, sheets(40, 20, { areaId }));
  await addTestResponses(app.db, wave, [
    ...sheets(12, 10, { areaId, buildingId: big }, 'Mörkt i trapphuset'),
    ...sheets(3, 1, { areaId, buildingId: small }),
    ...sheets(5, 5, { areaId }),
  ]);
  return { admin, organizationId, areaId, wave, earlier };
}
