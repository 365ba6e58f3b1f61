import { describe, expect, it } from 'vitest';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createPlaces, organizationWithPlaces } from './test-places';

const kindsAndIds = (body: { features: { properties: { kind: string; id: string } }[] }) =>
  body.features.map((f) => `${f.properties.kind}:${f.properties.id}`).sort();

describe('the map of places', () => {
  it('draws live areas as polygons and buildings and entrances as points', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId, entranceId } = await organizationWithPlaces(app);
    const response = await admin.get('/api/map');
    expect(response.statusCode).toBe(200);
    const map = response.json();
    expect(map.type).toBe('FeatureCollection');
    expect(kindsAndIds(map)).toEqual(
      [`area:${areaId}`, `building:${buildingId}`, `entrance:${entranceId}`].sort(),
    );
    const building = map.features.find((f: { id: string }) => f.id === `building:${buildingId}`);
    expect(building.geometry).toEqual({ type: 'Point', coordinates: [17.95, 59.21] });
  });

  it('leaves out archived places and the children of archived parents', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId } = await organizationWithPlaces(app);
    await admin.post(`/api/buildings/${buildingId}/archive`);
    expect(kindsAndIds((await admin.get('/api/map')).json())).toEqual([`area:${areaId}`]);
    await admin.post(`/api/areas/${areaId}/archive`);
    expect((await admin.get('/api/map')).json().features).toEqual([]);
  });

  it('shows one area, and only what the actor may see', async () => {
    const app = await testApp();
    const { admin, areaId } = await organizationWithPlaces(app);
    const other = await createPlaces(admin);
    const oneArea = (await admin.get(`/api/areas/${other.areaId}/map`)).json();
    expect(oneArea.features).toHaveLength(3);
    const manager = await loginAs(app, 'area_manager', {
      organizationId: admin.organizationId,
      areaIds: [areaId],
    });
    const managerMap = (await manager.get('/api/map')).json();
    expect(managerMap.features.every((f: { id: string }) => !f.id.includes(other.areaId))).toBe(true);
    expect(managerMap.features).toHaveLength(3);
    expect((await manager.get(`/api/areas/${other.areaId}/map`)).statusCode).toBe(404);
    const partner = await loginAs(app, 'partner', { organizationId: admin.organizationId });
    const partnerKinds = (await partner.get('/api/map'))
      .json()
      .features.map((f: { properties: { kind: string } }) => f.properties.kind);
    expect(partnerKinds).toEqual(['area', 'area']);
  });
});
