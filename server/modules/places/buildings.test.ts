import { describe, expect, it } from 'vitest';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createPlaces, organizationWithPlaces } from './test-places';

describe('buildings, entrances and apartments', () => {
  it('reads a building with its area, entrances and apartments', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId, entranceId, apartmentId } = await organizationWithPlaces(app);
    const response = await admin.get(`/api/buildings/${buildingId}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.building).toMatchObject({
      id: buildingId,
      areaId,
      address: 'Storgatan 1',
      entranceCount: 1,
    });
    expect(detail.area).toEqual({ id: areaId, name: expect.any(String) });
    expect(detail.entrances).toEqual([
      expect.objectContaining({ id: entranceId, label: 'A', apartmentCount: 1 }),
    ]);
    expect(detail.apartments).toEqual([
      { id: apartmentId, entranceId, doorNumber: '1101', objectId: expect.any(String), archived: false },
    ]);
    expect(detail.abilities).toContain('building.write');
  });

  it('gives every entrance its own unguessable public token', async () => {
    const app = await testApp();
    const { admin, buildingId, entranceId } = await organizationWithPlaces(app);
    const second = await admin.post('/api/entrances', { buildingId, label: 'B', lon: 17.95, lat: 59.21 });
    const first = (await admin.get(`/api/entrances/${entranceId}`)).json();
    expect(first.publicToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(second.json().publicToken).not.toBe(first.publicToken);
  });

  it('changes, archives and restores buildings, entrances and apartments', async () => {
    const app = await testApp();
    const { admin, buildingId, entranceId, apartmentId } = await organizationWithPlaces(app);
    const building = await admin.patch(`/api/buildings/${buildingId}`, {
      name: 'Hus 1',
      propertyDesignation: '',
    });
    expect(building.json()).toMatchObject({ name: 'Hus 1', propertyDesignation: null });
    expect((await admin.patch(`/api/entrances/${entranceId}`, { label: 'A1' })).json().label).toBe('A1');
    expect(
      (await admin.patch(`/api/apartments/${apartmentId}`, { doorNumber: '1102' })).json().doorNumber,
    ).toBe('1102');
    for (const path of [`buildings/${buildingId}`, `entrances/${entranceId}`, `apartments/${apartmentId}`]) {
      expect((await admin.post(`/api/${path}/archive`)).json().archived).toBe(true);
      expect((await admin.post(`/api/${path}/restore`)).json().archived).toBe(false);
    }
  });

  it('refuses duplicate building and apartment ids with 409 naming the field', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId, entranceId } = await organizationWithPlaces(app);
    const building = (await admin.get(`/api/buildings/${buildingId}`)).json();
    const twin = await admin.post('/api/buildings', {
      areaId,
      address: 'Storgatan 2',
      externalId: building.building.externalId,
      lon: 17.95,
      lat: 59.21,
    });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error.issues).toEqual([{ path: 'externalId', message: expect.any(String) }]);
    const objectId = building.apartments[0].objectId;
    const apartment = await admin.post('/api/apartments', { entranceId, doorNumber: '1102', objectId });
    expect(apartment.statusCode).toBe(409);
    expect(apartment.json().error.issues[0].path).toBe('objectId');
  });

  it('answers 400 naming the parent field for a parent of another organization or none at all', async () => {
    const app = await testApp();
    const mine = await organizationWithPlaces(app);
    const theirs = await organizationWithPlaces(app);
    const cases = [
      ['/api/buildings', { areaId: theirs.areaId, address: 'x', lon: 18, lat: 59 }, 'areaId'],
      ['/api/entrances', { buildingId: theirs.buildingId, label: 'x', lon: 18, lat: 59 }, 'buildingId'],
      ['/api/apartments', { entranceId: theirs.entranceId, doorNumber: '1', objectId: 'x' }, 'entranceId'],
      [
        '/api/apartments',
        { entranceId: '0190b7a0-0000-7000-8000-000000000000', doorNumber: '1', objectId: 'x' },
        'entranceId',
      ],
    ] as const;
    for (const [url, body, field] of cases) {
      const response = await mine.admin.post(url, body);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.issues).toEqual([{ path: field, message: 'does not exist' }]);
    }
  });

  it('refuses new parts in an archived area', async () => {
    const app = await testApp();
    const { admin, areaId } = await organizationWithPlaces(app);
    await admin.post(`/api/areas/${areaId}/archive`);
    const response = await admin.post('/api/buildings', { areaId, address: 'x', lon: 18, lat: 59 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('areaId');
  });

  it.each([
    ['an unknown field', { address: 'x', lon: 18, lat: 59, tenant: 'Anna' }],
    ['a latitude out of range', { address: 'x', lon: 18, lat: 95 }],
    ['a bad area id', { areaId: 'nope', address: 'x', lon: 18, lat: 59 }],
  ])('rejects a building with %s', async (_, body) => {
    const app = await testApp();
    const { admin, areaId } = await organizationWithPlaces(app);
    const response = await admin.post('/api/buildings', { areaId, ...body });
    expect(response.statusCode).toBe(400);
  });

  it('lets an area manager write in their own area only', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId } = await organizationWithPlaces(app);
    const other = await createPlaces(admin);
    const manager = await loginAs(app, 'area_manager', {
      organizationId: admin.organizationId,
      areaIds: [areaId],
    });
    expect((await manager.patch(`/api/buildings/${buildingId}`, { name: 'Ours' })).statusCode).toBe(200);
    expect((await manager.get(`/api/buildings/${other.buildingId}`)).statusCode).toBe(404);
    expect((await manager.patch(`/api/buildings/${other.buildingId}`, { name: 'Theirs' })).statusCode).toBe(
      404,
    );
    const move = await manager.patch(`/api/buildings/${buildingId}`, { areaId: other.areaId });
    expect(move.statusCode).toBe(400);
    const create = await manager.post('/api/buildings', {
      areaId: other.areaId,
      address: 'x',
      lon: 18,
      lat: 59,
    });
    expect(create.statusCode).toBe(400);
  });

  it('lets viewers read buildings but not apartments or changes', async () => {
    const app = await testApp();
    const { admin, buildingId, apartmentId } = await organizationWithPlaces(app);
    const viewer = await loginAs(app, 'viewer', { organizationId: admin.organizationId });
    const detail = (await viewer.get(`/api/buildings/${buildingId}`)).json();
    expect(detail.apartments).toEqual([]);
    expect(detail.abilities).not.toContain('building.write');
    expect((await viewer.patch(`/api/buildings/${buildingId}`, { name: 'x' })).statusCode).toBe(403);
    // Refused by role before the id is looked up (the same answer for any id: nothing leaks).
    expect((await viewer.post(`/api/apartments/${apartmentId}/archive`)).statusCode).toBe(403);
    const partner = await loginAs(app, 'partner', { organizationId: admin.organizationId });
    expect((await partner.get(`/api/buildings/${buildingId}`)).statusCode).toBe(403);
  });
});
