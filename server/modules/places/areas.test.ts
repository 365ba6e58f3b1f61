import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { organizationWithPlaces, squareAround } from './test-places';

describe('areas', () => {
  it('creates, lists, reads, changes, archives and restores an area, with its bounding box', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const created = await admin.post('/api/areas', {
      name: 'Norra Fäladen',
      code: 'NF',
      classification: 'utsatt',
      geometry: squareAround(13.2, 55.72, 0.01),
    });
    expect(created.statusCode).toBe(201);
    const area = created.json();
    expect(area).toMatchObject({
      name: 'Norra Fäladen',
      code: 'NF',
      classification: 'utsatt',
      archived: false,
    });
    for (const [i, value] of [13.19, 55.71, 13.21, 55.73].entries())
      expect(area.bbox[i]).toBeCloseTo(value, 9);

    const list = (await admin.get('/api/areas')).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([area.id]);
    expect(list.abilities).toContain('area.create');

    const patched = await admin.patch(`/api/areas/${area.id}`, { name: 'Fäladen', geometry: null });
    expect(patched.json()).toMatchObject({ name: 'Fäladen', code: 'NF', geometry: null, bbox: null });

    expect((await admin.post(`/api/areas/${area.id}/archive`)).json().archived).toBe(true);
    expect((await admin.get('/api/areas')).json().items).toEqual([]);
    expect((await admin.get('/api/areas?includeArchived=true')).json().items).toHaveLength(1);
    expect((await admin.post(`/api/areas/${area.id}/restore`)).json().archived).toBe(false);

    const audit = await app.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, admin.organizationId), eq(auditLog.entityId, area.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['archive', 'create', 'restore', 'update']);
  });

  it('shows an area with its buildings and counts', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId } = await organizationWithPlaces(app);
    const detail = (await admin.get(`/api/areas/${areaId}`)).json();
    expect(detail.area).toMatchObject({ id: areaId, buildingCount: 1, entranceCount: 1 });
    expect(detail.buildings).toEqual([expect.objectContaining({ id: buildingId, entranceCount: 1 })]);
  });

  it('refuses a code already used in the organization with 409 naming code', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    await admin.post('/api/areas', { name: 'A', code: 'X1' });
    const second = await admin.post('/api/areas', { name: 'B', code: 'X1' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'conflict', issues: [{ path: 'code' }] });
    const other = (await admin.post('/api/areas', { name: 'C', code: 'X2' })).json();
    expect((await admin.patch(`/api/areas/${other.id}`, { code: 'X1' })).statusCode).toBe(409);
    // Another organization may use the same code.
    const elsewhere = await loginAs(app, 'admin');
    expect((await elsewhere.post('/api/areas', { name: 'A', code: 'X1' })).statusCode).toBe(201);
  });

  it('answers 409, not 500, when the same code is created concurrently', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => admin.post('/api/areas', { name: 'Same', code: 'RACE' })),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409]);
    for (const r of responses.filter((r) => r.statusCode === 409))
      expect(r.json().error.issues[0].path).toBe('code');
  });

  it.each([
    ['an unknown field', { name: 'A', code: 'A', colour: 'red' }, '(body)'],
    ['a missing name', { code: 'A' }, 'name'],
    [
      'an open ring',
      {
        name: 'A',
        code: 'A',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [1, 1],
              [2, 2],
              [3, 3],
              [4, 4],
            ],
          ],
        },
      },
      null,
    ],
    [
      'too few positions',
      {
        name: 'A',
        code: 'A',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [1, 1],
              [2, 2],
              [1, 1],
            ],
          ],
        },
      },
      null,
    ],
    ['a longitude out of range', { name: 'A', code: 'A', geometry: squareAround(200, 59) }, null],
    ['a point geometry', { name: 'A', code: 'A', geometry: { type: 'Point', coordinates: [1, 1] } }, null],
    ['a NUL character', { name: 'a\u0000b', code: 'A' }, 'name'],
    ['a bad classification', { name: 'A', code: 'A', classification: 'dangerous' }, 'classification'],
  ])('rejects %s with 400', async (_, body, path) => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const response = await admin.post('/api/areas', body);
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('validation_failed');
    if (path) expect(error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('rejects a malformed id with 400 and an unknown one with 404', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    expect((await admin.get('/api/areas/not-a-uuid')).statusCode).toBe(400);
    expect((await admin.get('/api/areas/0190b7a0-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('gives an area manager only their own areas, and 404 for the others', async () => {
    const app = await testApp();
    const { admin, areaId } = await organizationWithPlaces(app);
    const other = (await admin.post('/api/areas', { name: 'Other', code: 'OTHER' })).json();
    const manager = await loginAs(app, 'area_manager', {
      organizationId: admin.organizationId,
      areaIds: [areaId],
    });
    const list = (await manager.get('/api/areas')).json();
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([areaId]);
    expect(list.abilities).not.toContain('area.create');
    expect((await manager.get(`/api/areas/${other.id}`)).statusCode).toBe(404);
    expect((await manager.patch(`/api/areas/${areaId}`, { name: 'Mine' })).statusCode).toBe(403);
    expect((await manager.post('/api/areas', { name: 'New', code: 'NEW' })).statusCode).toBe(403);
  });

  it('shows partners the area but not its buildings', async () => {
    const app = await testApp();
    const { admin, areaId } = await organizationWithPlaces(app);
    const partner = await loginAs(app, 'partner', { organizationId: admin.organizationId });
    const detail = (await partner.get(`/api/areas/${areaId}`)).json();
    expect(detail.area.id).toBe(areaId);
    expect(detail.buildings).toEqual([]);
  });

  it('requires a login', async () => {
    const app = await testApp();
    expect((await app.inject({ method: 'GET', url: '/api/areas' })).statusCode).toBe(401);
  });
});
