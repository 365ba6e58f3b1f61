import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photos, reports } from '../../db/schema';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { cameraJpeg, multipart, postWorkOrder, workOrderScene } from './test-work-orders';

async function fieldScene() {
  const app = await testApp();
  const scene = await workOrderScene(app);
  const { admin, areaId } = scene;
  const caretaker = await loginAs(app, 'field_staff', {
    organizationId: admin.organizationId,
    areaIds: [areaId],
  });
  const colleague = await loginAs(app, 'field_staff', {
    organizationId: admin.organizationId,
    areaIds: [areaId],
  });
  const mine = await postWorkOrder(admin, {
    areaId,
    assigneeUserId: caretaker.userId,
    reportIds: [scene.report.id],
  });
  const theirs = await postWorkOrder(admin, { areaId, assigneeUserId: colleague.userId });
  return { app, ...scene, caretaker, mine, theirs };
}

describe('work orders in the field', () => {
  it('shows field staff their own work orders with assignee=me', async () => {
    const { caretaker, mine } = await fieldScene();
    const list = (await caretaker.get('/api/work-orders?assignee=me')).json();
    expect(list.items.map((w: { id: string }) => w.id)).toEqual([mine.id]);
    expect(list.items[0].assignee).toEqual({ id: caretaker.userId, name: 'Test field_staff' });
    const detail = (await caretaker.get(`/api/work-orders/${mine.id}`)).json();
    expect(detail.abilities.sort()).toEqual([
      'work_order.comment',
      'work_order.read',
      'work_order.update_assigned',
    ]);
  });

  it('lets field staff mark their own work order done, but not change its title or touch others', async () => {
    const { app, admin, areaId, caretaker, mine, theirs, report } = await fieldScene();
    expect((await caretaker.patch(`/api/work-orders/${mine.id}`, { title: 'Mitt' })).statusCode).toBe(403);
    expect((await caretaker.patch(`/api/work-orders/${mine.id}`, { status: 'wont_do' })).statusCode).toBe(
      403,
    );
    expect((await caretaker.patch(`/api/work-orders/${theirs.id}`, { status: 'done' })).statusCode).toBe(403);
    expect((await caretaker.post(`/api/work-orders/${theirs.id}/comments`, { body: 'x' })).statusCode).toBe(
      403,
    );
    expect(
      (await caretaker.post(`/api/work-orders/${mine.id}/reports`, { reportIds: [report.id] })).statusCode,
    ).toBe(403);
    const done = await caretaker.patch(`/api/work-orders/${mine.id}`, {
      status: 'done',
      cost: 120,
      resolution: 'Lampan bytt',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', cost: 120, resolution: 'Lampan bytt' });
    const [row] = await app.db.select().from(reports).where(eq(reports.id, report.id));
    expect(row.status).toBe('done');
    // Reopening is for planners.
    expect((await caretaker.patch(`/api/work-orders/${mine.id}`, { status: 'in_progress' })).statusCode).toBe(
      403,
    );
    // So is any other change once it is closed, done or won't do.
    const correction = { cost: 999, resolution: 'Något annat' };
    expect((await caretaker.patch(`/api/work-orders/${mine.id}`, correction)).statusCode).toBe(403);
    const given = await postWorkOrder(admin, { areaId, assigneeUserId: caretaker.userId });
    await admin.patch(`/api/work-orders/${given.id}`, { status: 'wont_do' });
    expect((await caretaker.patch(`/api/work-orders/${given.id}`, correction)).statusCode).toBe(403);
    expect((await caretaker.get(`/api/work-orders/${mine.id}`)).json()).toMatchObject({
      cost: 120,
      resolution: 'Lampan bytt',
    });
    expect((await caretaker.post(`/api/work-orders/${mine.id}/comments`, { body: 'Klart' })).statusCode).toBe(
      201,
    );
  });

  it('hides work orders of other areas from field staff, even by id', async () => {
    const { app, admin, caretaker } = await fieldScene();
    const { createPlaces } = await import('../places/test-places');
    const elsewhere = await createPlaces(admin);
    const away = await postWorkOrder(admin, { areaId: elsewhere.areaId });
    expect((await caretaker.get(`/api/work-orders/${away.id}`)).statusCode).toBe(404);
    expect((await caretaker.patch(`/api/work-orders/${away.id}`, { status: 'done' })).statusCode).toBe(404);
    // Sent to another area, the assignee still sees the job.
    const sent = await postWorkOrder(admin, { areaId: elsewhere.areaId, assigneeUserId: caretaker.userId });
    expect((await caretaker.get(`/api/work-orders/${sent.id}`)).statusCode).toBe(200);
    expect((await caretaker.get('/api/work-orders')).json().items.map((w: { id: string }) => w.id)).toContain(
      sent.id,
    );
    expect(app).toBeDefined();
  });

  it('takes a photo after the work, re-encoded without metadata', async () => {
    const { app, caretaker, mine, theirs } = await fieldScene();
    const jpeg = await cameraJpeg();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const response = await caretaker.request({
      method: 'POST',
      url: `/api/work-orders/${mine.id}/photos?phase=after`,
      ...multipart(jpeg),
    });
    expect(response.statusCode, response.body).toBe(201);
    const photo = response.json();
    expect(photo).toMatchObject({ phase: 'after', width: 64, height: 48, url: `/api/photos/${photo.id}` });
    const [row] = await app.db.select().from(photos).where(eq(photos.id, photo.id));
    expect(row).toMatchObject({ ownerType: 'work_order', ownerId: mine.id, contentType: 'image/jpeg' });
    const stored = await app.storage.get(row.storageKey);
    expect((await sharp(stored?.bytes).metadata()).exif).toBeUndefined();
    expect((await caretaker.get(`/api/work-orders/${mine.id}`)).json().photos).toEqual([photo]);
    const served = await caretaker.get(photo.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const outsider = await loginAs(app, 'admin');
    expect((await outsider.get(photo.url)).statusCode).toBe(404);

    const other = await caretaker.request({
      method: 'POST',
      url: `/api/work-orders/${theirs.id}/photos?phase=before`,
      ...multipart(jpeg),
    });
    expect(other.statusCode).toBe(403);
  });

  it('refuses a file that is not an image, and a photo without a phase, saving nothing', async () => {
    const { app, admin, mine } = await fieldScene();
    const notImage = await admin.request({
      method: 'POST',
      url: `/api/work-orders/${mine.id}/photos?phase=before`,
      ...multipart(Buffer.from('MZ this is not a picture at all'), 'image/jpeg'),
    });
    expect(notImage.statusCode).toBe(415);
    expect(notImage.json().error.issues[0].path).toBe('photo');
    const noPhase = await admin.request({
      method: 'POST',
      url: `/api/work-orders/${mine.id}/photos`,
      ...multipart(await cameraJpeg()),
    });
    expect(noPhase.statusCode).toBe(400);
    expect(noPhase.json().error.issues[0].path).toMatch(/phase/);
    const json = await admin.post(`/api/work-orders/${mine.id}/photos?phase=before`, { photo: 'x' });
    expect(json.statusCode).toBe(415);
    const rows = await app.db.select().from(photos).where(eq(photos.ownerId, mine.id));
    expect(rows).toEqual([]);
  });
});
