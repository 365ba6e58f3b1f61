import { count, eq } from 'drizzle-orm';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { areas, buildings, entrances } from '../../db/schema';
import { type Client, clientFor, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';

const header =
  'area_code,building_external_id,address,property_designation,building_name,building_x,building_y,entrance_label,entrance_x,entrance_y';
const square = (x: number, y: number, d: number) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];
const areaFeature = (
  code: string,
  coordinates = square(17.9, 59.2, 0.01),
  extra: Record<string, unknown> = {},
) => ({
  type: 'Feature',
  properties: { name: `Area ${code}`, code, ...extra },
  geometry: { type: 'Polygon', coordinates },
});
const geojson = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

async function countsOf(client: Client) {
  const { db } = await testApp();
  const organization = (table: typeof areas | typeof buildings | typeof entrances) =>
    db.select({ n: count() }).from(table).where(eq(table.organizationId, client.organizationId));
  const [[a], [b], [e]] = await Promise.all([
    organization(areas),
    organization(buildings),
    organization(entrances),
  ]);
  return { areas: a.n, buildings: b.n, entrances: e.n };
}

describe('import of areas', () => {
  it('imports WGS84 polygons with a dry run first', async () => {
    const admin = await loginAs(await testApp(), 'admin');
    const body = {
      geojson: geojson(areaFeature('N1', undefined, { classification: 'utsatt' }), areaFeature('N2')),
    };
    const dry = await admin.post('/api/import/areas', { ...body, dryRun: true });
    expect(dry.json()).toEqual({ dryRun: true, created: { areas: 2, buildings: 0, entrances: 0 } });
    expect((await countsOf(admin)).areas).toBe(0);
    expect((await admin.post('/api/import/areas', body)).json().created.areas).toBe(2);
    const list = (await admin.get('/api/areas')).json().items;
    expect(list.map((a: { code: string }) => a.code).sort()).toEqual(['N1', 'N2']);
    expect(list[0].bbox).not.toBeNull();
  });

  it('converts SWEREF 99 TM named in the file', async () => {
    const admin = await loginAs(await testApp(), 'admin');
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } };
    const features = [areaFeature('S1', square(667000, 6567000, 100))];
    const response = await admin.post('/api/import/areas', {
      geojson: JSON.stringify({ type: 'FeatureCollection', crs, features }),
    });
    expect(response.statusCode, response.body).toBe(200);
    const [area] = (await admin.get('/api/areas')).json().items;
    const expected = proj4(
      '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
      'WGS84',
      [667000, 6567000],
    );
    expect(area.geometry.coordinates[0][0][0]).toBeCloseTo(expected[0], 6);
    expect(area.geometry.coordinates[0][0][1]).toBeCloseTo(expected[1], 6);
  });

  it('refuses codes already used, in the file or in the organization, naming the feature', async () => {
    const admin = await loginAs(await testApp(), 'admin');
    await admin.post('/api/areas', { name: 'Existing', code: 'E1' });
    const response = await admin.post('/api/import/areas', {
      geojson: geojson(areaFeature('N1'), areaFeature('E1')),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'import_failed',
      issues: [{ path: 'features[1].properties.code', message: '"E1" already exists in the organization' }],
    });
    expect((await countsOf(admin)).areas).toBe(1);
  });

  it('answers in the language the user chose', async () => {
    const app = await testApp();
    const organizationId = (await loginAs(app, 'admin')).organizationId;
    const user = await createUser(app, { organizationId, role: 'admin', locale: 'sv' });
    const swede = await clientFor(app, user.id, organizationId);
    const response = await swede.post('/api/import/areas', {
      geojson: geojson(areaFeature('N1', square(667000, 6567000, 100))),
    });
    expect(response.json().error.message).toContain('inget sparades');
    expect(response.json().error.issues[0].message).toContain('Välj SWEREF 99 TM');
  });

  it('is for administrators and safety coordinators', async () => {
    const manager = await loginAs(await testApp(), 'area_manager');
    expect(
      (await manager.post('/api/import/areas', { geojson: geojson(areaFeature('N1')) })).statusCode,
    ).toBe(403);
  });
});

describe('import of buildings', () => {
  async function adminWithArea(code = 'N1') {
    const admin = await loginAs(await testApp(), 'admin');
    await admin.post('/api/areas', { name: 'Norr', code });
    return admin;
  }

  it('imports buildings and their entrances, grouped by building id', async () => {
    const admin = await adminWithArea();
    const csv = [
      header,
      'N1,B1,Storgatan 1,Huddinge 1:2,Hus 1,17.95,59.21,A,17.9501,59.2101',
      'N1,B1,Storgatan 1,Huddinge 1:2,Hus 1,17.95,59.21,B,17.9502,59.2102',
      'N1,B2,Storgatan 3,,,17.96,59.22,A,17.9601,59.2201',
    ].join('\n');
    const response = await admin.post('/api/import/buildings', { csv });
    expect(response.json()).toEqual({ dryRun: false, created: { areas: 0, buildings: 2, entrances: 3 } });
    expect(await countsOf(admin)).toEqual({ areas: 1, buildings: 2, entrances: 3 });
  });

  it('accepts semicolons, a BOM and SWEREF 99 TM', async () => {
    const admin = await adminWithArea();
    const csv = `\uFEFF${header.replaceAll(',', ';')}\r\nN1;B1;Storgatan 1;;;667000;6567000;A;667010;6567010\r\n`;
    const response = await admin.post('/api/import/buildings', { csv, crs: 'EPSG:3006' });
    expect(response.statusCode, response.body).toBe(200);
    const map = (await admin.get('/api/map')).json();
    const building = map.features.find(
      (f: { properties: { kind: string } }) => f.properties.kind === 'building',
    );
    expect(building.geometry.coordinates[0]).toBeCloseTo(17.925, 2);
  });

  it('creates nothing when the last row is bad (all or nothing)', async () => {
    const admin = await adminWithArea();
    const rows = Array.from({ length: 50 }, (_, i) => `N1,B${i},Storgatan ${i},,,17.95,59.21,A,17.95,59.21`);
    const csv = [header, ...rows, 'N9,B99,Storgatan 99,,,17.95,59.21,A,17.95,59.21'].join('\n');
    const response = await admin.post('/api/import/buildings', { csv });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      { line: 52, path: 'area_code', message: 'there is no area with the code "N9"' },
    ]);
    expect(await countsOf(admin)).toEqual({ areas: 1, buildings: 0, entrances: 0 });
  });

  it('names bad rows, unknown columns and taken building ids', async () => {
    const admin = await adminWithArea();
    const unknown = await admin.post('/api/import/buildings', { csv: `${header},tenant_name\n` });
    expect(unknown.json().error.issues[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining('tenant_name'),
    });
    const bad = await admin.post('/api/import/buildings', { csv: `${header}\nN1,B1,,,,x,59,A,17,59` });
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['address', 'building_x']);
    await admin.post('/api/import/buildings', { csv: `${header}\nN1,B1,Storgatan 1,,,17,59,A,17,59` });
    const again = await admin.post('/api/import/buildings', {
      csv: `${header}\nN1,B1,Storgatan 1,,,17,59,A,17,59`,
    });
    expect(again.json().error.issues).toEqual([
      { line: 2, path: 'building_external_id', message: '"B1" already exists in the organization' },
    ]);
  });

  it('lets a safety coordinator import only into their own areas', async () => {
    const app = await testApp();
    const admin = await adminWithArea('N1');
    const own = (await admin.post('/api/areas', { name: 'Syd', code: 'S1' })).json();
    const coordinator = await loginAs(app, 'safety_coordinator', {
      organizationId: admin.organizationId,
      areaIds: [own.id],
    });
    const csv = `${header}\nN1,B1,Storgatan 1,,,17,59,A,17,59\nS1,B2,Sydgatan 1,,,17,59,A,17,59`;
    const response = await coordinator.post('/api/import/buildings', { csv });
    expect(response.json().error.issues).toEqual([
      { line: 2, path: 'area_code', message: expect.any(String) },
    ]);
    expect((await countsOf(admin)).buildings).toBe(0);
  });
});
