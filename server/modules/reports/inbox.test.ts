import { describe, expect, it } from 'vitest';
import { createArea } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { reportingOrganization } from './test-setup';

describe('the staff inbox of reports', () => {
  it('lists newest first with keyset paging and the total of the filter', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await org.report({ description: `Lamp ${i}` }));
    const first = (await org.admin.get('/api/reports?limit=2')).json();
    expect(first.total).toBe(5);
    expect(first.items.map((r: { id: string }) => r.id)).toEqual([made[4].id, made[3].id]);
    expect(first.items[0]).toMatchObject({
      trackingCode: made[4].trackingCode,
      categoryName: 'Lighting',
      status: 'new',
      source: 'web',
      areaId: org.areaId,
      photoCount: 0,
    });
    const rest = (await org.admin.get(`/api/reports?limit=10&before=${first.nextBefore}`)).json();
    expect(rest.items).toHaveLength(3);
    expect(rest.nextBefore).toBeNull();
  });

  it('filters by status, source, category, area, age and text', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const old = await org.report({
      createdAt: new Date(Date.now() - 20 * 86400_000),
      description: 'Gammal lampa',
    });
    const staff = await org.report({
      source: 'staff',
      status: 'accepted',
      description: 'Klotter på dörren 50%',
    });
    const ids = async (query: string) =>
      (await org.admin.get(`/api/reports?${query}`)).json().items.map((r: { id: string }) => r.id);
    expect(await ids('status=accepted')).toEqual([staff.id]);
    expect(await ids('status=new,accepted')).toEqual([staff.id, old.id]);
    expect(await ids('source=staff')).toEqual([staff.id]);
    expect(await ids('minAgeDays=10')).toEqual([old.id]);
    expect(await ids('maxAgeDays=10')).toEqual([staff.id]);
    expect(await ids('q=d%C3%B6rren')).toEqual([staff.id]);
    expect(await ids('q=50%25')).toEqual([staff.id]);
    expect(await ids(`q=${old.trackingCode.toLowerCase()}`)).toEqual([old.id]);
    expect(await ids(`categoryId=${org.lighting.id}`)).toHaveLength(2);
    expect(await ids(`areaId=${org.areaId}`)).toHaveLength(2);
  });

  it('answers 400 naming the filter for bad filters', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    for (const [query, field] of [
      ['status=open', 'status'],
      ['areaId=nope', 'areaId'],
      ['minAgeDays=-1', 'minAgeDays'],
      ['limit=1000', 'limit'],
      ['colour=red', ''],
    ]) {
      const response = await org.admin.get(`/api/reports?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(JSON.stringify(response.json().error.issues), query).toContain(field);
    }
    expect((await org.admin.get('/api/reports/map?bbox=1,2,3&zoom=3')).statusCode).toBe(400);
    // Every corner is bounded, not only the side each one faces.
    for (const bbox of ['500,59,18,60', '17,100,18,60', '17,59,-500,60', '17,59,18,-100', '1e400,59,18,60']) {
      const response = await org.admin.get(`/api/reports/map?bbox=${bbox}&zoom=3`);
      expect(response.statusCode, bbox).toBe(400);
      expect(response.json().error.issues[0].path, bbox).toContain('bbox');
    }
  });

  it('keeps restricted reports from those without report.list_restricted: list, counts, map, detail', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const open = await org.report();
    const secret = await org.report({
      categoryId: org.disturbance.id,
      restricted: true,
      description: 'Granne spelar hög musik',
    });
    const safety = await org.login('safety_coordinator');
    const social = await org.login('social_coordinator');
    const listed = async (client: typeof safety) =>
      (await client.get('/api/reports')).json().items.map((r: { id: string }) => r.id);
    expect(await listed(safety)).toEqual([open.id]);
    expect(await listed(social)).toEqual([secret.id, open.id]);
    expect((await safety.get(`/api/reports/${secret.id}`)).statusCode).toBe(404);
    const detail = await social.get(`/api/reports/${secret.id}`);
    expect(detail.json()).toMatchObject({ restricted: true, description: 'Granne spelar hög musik' });
    expect((await safety.get('/api/reports/counts')).json().areas).toEqual([
      { areaId: org.areaId, areaName: expect.any(String), open: 1, total: 1 },
    ]);
    const map = (await safety.get('/api/reports/map?bbox=17,59,19,60&zoom=18')).json();
    expect(map.total).toBe(1);
  });

  it('scopes reports to the areas of an area-bound role and to the organization', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const other = await createArea(app, org.organizationId);
    const inMine = await org.report();
    await org.report({ areaId: other.id });
    await org.report({ areaId: null });
    const manager = await org.login('area_manager', [org.areaId]);
    const items = (await manager.get('/api/reports')).json().items;
    expect(items.map((r: { id: string }) => r.id)).toEqual([inMine.id]);
    const stranger = await reportingOrganization(app);
    expect((await stranger.admin.get('/api/reports')).json().total).toBe(0);
    expect((await stranger.admin.get(`/api/reports/${inMine.id}`)).statusCode).toBe(404);
  });

  it('counts open and total reports per area under the filters', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    await org.report();
    await org.report({ status: 'done' });
    await org.report({ areaId: null, source: 'staff' });
    const counts = (await org.admin.get('/api/reports/counts')).json().areas;
    expect(counts).toEqual(
      expect.arrayContaining([
        { areaId: org.areaId, areaName: expect.any(String), open: 1, total: 2 },
        { areaId: null, areaName: null, open: 1, total: 1 },
      ]),
    );
    const staffOnly = (await org.admin.get('/api/reports/counts?source=staff')).json().areas;
    expect(staffOnly).toEqual([{ areaId: null, areaName: null, open: 1, total: 1 }]);
  });
});

describe('the clustered map', () => {
  it('clusters nearby reports into one point with its bbox and shows a lone report by id', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    await org.report({ lon: 17.9501, lat: 59.2101 });
    await org.report({ lon: 17.9503, lat: 59.2102 });
    const lone = await org.report({ lon: 18.2, lat: 59.4 });
    await org.report({ lon: null, lat: null, locationText: 'Bakom tvättstugan' });
    const map = (await org.admin.get('/api/reports/map?bbox=17.5,59,18.5,59.6&zoom=9')).json();
    expect(map.total).toBe(3);
    const cluster = map.clusters.find((c: { count: number }) => c.count === 2);
    expect(cluster).toMatchObject({ reportId: null, bbox: [17.9501, 59.2101, 17.9503, 59.2102] });
    expect(cluster.lon).toBeCloseTo(17.9502, 6);
    expect(map.clusters.find((c: { count: number }) => c.count === 1)).toMatchObject({ reportId: lone.id });
    const zoomedIn = (await org.admin.get('/api/reports/map?bbox=17.95,59.21,17.951,59.211&zoom=22')).json();
    expect(zoomedIn.clusters.map((c: { count: number }) => c.count)).toEqual([1, 1]);
  });

  it('bounds the number of points whatever the viewport and zoom', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const rows = [];
    for (let i = 0; i < 60; i++)
      for (let j = 0; j < 60; j++) rows.push({ lon: 17 + i * 0.05, lat: 59 + j * 0.01 });
    const { reports } = await import('../../db/schema');
    const { newId } = await import('../../platform/ids');
    await app.db.insert(reports).values(
      rows.map((p, k) => ({
        organizationId: org.organizationId,
        id: newId(),
        trackingCode: `MAP${k}-${newId().slice(-12)}`,
        categoryId: org.lighting.id,
        source: 'web',
        description: 'x',
        contentHash: 'x',
        areaId: org.areaId,
        ...p,
      })),
    );
    const response = await org.admin.get('/api/reports/map?bbox=16,58,21,61&zoom=20');
    const map = response.json();
    expect(map.total).toBe(3600);
    expect(map.clusters.length).toBeLessThanOrEqual(41 * 41);
    expect(response.body.length).toBeLessThan(200_000);
  });
});
