import { describe, expect, it } from 'vitest';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createPlaces } from '../places/test-places';
import { postWorkOrder, workOrderScene } from './test-work-orders';

describe('work order lists and comments', () => {
  it('lists with filters and overdue, scoped to the area of an area manager', async () => {
    const app = await testApp();
    const { admin, areaId } = await workOrderScene(app);
    const elsewhere = await createPlaces(admin);
    const late = await postWorkOrder(admin, {
      areaId,
      title: 'Lagning av lås',
      dueDate: '2020-01-01',
      priority: 'high',
    });
    const hidden = await postWorkOrder(admin, {
      areaId: elsewhere.areaId,
      pillar: 'social',
      title: 'Läxhjälp',
    });
    const manager = await loginAs(app, 'area_manager', {
      organizationId: admin.organizationId,
      areaIds: [areaId],
    });
    const list = (await manager.get('/api/work-orders')).json();
    expect(list.items.map((w: { id: string }) => w.id)).toEqual([late.id]);
    expect(list.items[0]).toMatchObject({ overdue: true, priority: 'high' });
    expect((await manager.get(`/api/work-orders/${hidden.id}`)).statusCode).toBe(404);
    const social = (await admin.get('/api/work-orders?pillar=social')).json().items;
    expect(social.map((w: { id: string }) => w.id)).toEqual([hidden.id]);
    expect((await admin.get('/api/work-orders?q=lås')).json().items.map((w: { id: string }) => w.id)).toEqual(
      [late.id],
    );
    expect((await admin.get(`/api/work-orders?q=${hidden.number}`)).json().items[0].id).toBe(hidden.id);
    const open = (await admin.get('/api/work-orders?status=new,planned')).json().items;
    expect(open).toHaveLength(2);
    expect((await admin.get('/api/work-orders?status=nope')).statusCode).toBe(400);
  });

  it('keeps comments with their author, and lets viewers read but not write', async () => {
    const app = await testApp();
    const { admin, areaId } = await workOrderScene(app);
    const created = await postWorkOrder(admin, { areaId });
    const comment = await admin.post(`/api/work-orders/${created.id}/comments`, {
      body: 'Beställt ny armatur',
    });
    expect(comment.statusCode, comment.body).toBe(201);
    const viewer = await loginAs(app, 'viewer', { organizationId: admin.organizationId });
    const detail = (await viewer.get(`/api/work-orders/${created.id}`)).json();
    expect(detail.comments).toEqual([
      {
        id: comment.json().id,
        authorName: 'Test admin',
        body: 'Beställt ny armatur',
        createdAt: expect.any(String),
      },
    ]);
    expect(detail.abilities).toEqual(['work_order.read']);
    expect((await viewer.post(`/api/work-orders/${created.id}/comments`, { body: 'x' })).statusCode).toBe(
      403,
    );
    expect((await viewer.patch(`/api/work-orders/${created.id}`, { status: 'done' })).statusCode).toBe(403);
    expect(
      (await viewer.post('/api/work-orders', { pillar: 'physical', title: 'x', areaId })).statusCode,
    ).toBe(403);
  });

  it('offers planners the people who can carry out work orders, and assigns only those', async () => {
    const app = await testApp();
    const { admin, areaId } = await workOrderScene(app);
    const caretaker = await loginAs(app, 'field_staff', { organizationId: admin.organizationId });
    const viewer = await loginAs(app, 'viewer', { organizationId: admin.organizationId });
    const offered = (await admin.get('/api/work-orders/assignees'))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(offered).toEqual(expect.arrayContaining([admin.userId, caretaker.userId]));
    expect(offered).not.toContain(viewer.userId);
    const toViewer = await admin.post('/api/work-orders', {
      pillar: 'physical',
      title: 'x',
      areaId,
      assigneeUserId: viewer.userId,
    });
    expect(toViewer.json().error.issues[0].path).toBe('assigneeUserId');
    expect((await viewer.get('/api/work-orders/assignees')).statusCode).toBe(403);
  });
});
