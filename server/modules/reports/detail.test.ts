import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { auditLog, photos, workOrders } from '../../db/schema';
import { newId } from '../../platform/ids';
import { createArea } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { reportingOrganization } from './test-setup';

const metersNorth = (meters: number) => meters / 111320;
const day = 86400_000;

describe('report detail', () => {
  it('shows contact details only to those who handle reports, never once withdrawn', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report({
      reporterName: 'Amina',
      reporterEmail: 'amina@example.org',
      wantsUpdates: true,
    });
    const withdrawn = await org.report({ reporterEmail: 'gone@example.org', contactWithdrawnAt: new Date() });
    expect((await org.admin.get(`/api/reports/${report.id}`)).json().contact).toEqual({
      name: 'Amina',
      email: 'amina@example.org',
      phone: null,
      wantsUpdates: true,
    });
    const guard = await org.login('guard');
    const seenByGuard = (await guard.get(`/api/reports/${report.id}`)).json();
    expect(seenByGuard.contact).toBeNull();
    expect(seenByGuard.abilities).not.toContain('report.read_contact');
    const gone = (await org.admin.get(`/api/reports/${withdrawn.id}`)).json();
    expect(gone).toMatchObject({ contact: null, contactWithdrawn: true });
  });

  it('logs who read the contact details of a restricted report (one read_restricted row naming them)', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const secret = await org.report({
      categoryId: org.disturbance.id,
      restricted: true,
      reporterPhone: '070-123 45 67',
    });
    const social = await org.login('social_coordinator');
    const detail = (await social.get(`/api/reports/${secret.id}`)).json();
    expect(detail.contact.phone).toBe('070-123 45 67');
    const entries = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, secret.id), eq(auditLog.action, 'read_restricted')));
    expect(entries.map((e) => e.actorUserId)).toEqual([social.userId]);
    expect(entries[0].after).toMatchObject({ fields: expect.arrayContaining(['contact']) });
  });

  it('shows the timeline with author names and the photos with their urls', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report();
    await org.admin.post(`/api/reports/${report.id}/accept`, { reply: 'On our way' });
    const bytes = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#fa0' } })
      .jpeg()
      .toBuffer();
    const photoId = newId();
    const key = `${org.organizationId}/${photoId}.jpg`;
    await app.storage.put(key, bytes, 'image/jpeg');
    await app.db.insert(photos).values({
      organizationId: org.organizationId,
      id: photoId,
      ownerType: 'report',
      ownerId: report.id,
      storageKey: key,
      contentType: 'image/jpeg',
      width: 8,
      height: 6,
      bytes: bytes.length,
    });
    const detail = (await org.admin.get(`/api/reports/${report.id}`)).json();
    expect(detail.photos).toEqual([{ id: photoId, url: `/api/photos/${photoId}`, width: 8, height: 6 }]);
    expect(detail.photoCount).toBe(1);
    expect(detail.updates.map((u: { status: string }) => u.status)).toEqual(['new', 'accepted']);
    expect(detail.updates[1]).toMatchObject({ publicText: 'On our way', authorName: 'Test admin' });

    const photo = await org.admin.get(`/api/photos/${photoId}`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'x-content-type-options': 'nosniff',
      'content-disposition': expect.stringMatching(/^inline; filename=/),
      'cache-control': expect.stringContaining('private'),
    });
    expect(Buffer.compare(photo.rawPayload, bytes)).toBe(0);
    const stranger = await reportingOrganization(app);
    expect((await stranger.admin.get(`/api/photos/${photoId}`)).statusCode).toBe(404);
  });

  it('serves photos of restricted reports only to restricted readers, and work order photos by the work order', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const secret = await org.report({ categoryId: org.disturbance.id, restricted: true });
    const workOrderId = newId();
    await app.db.insert(workOrders).values({
      organizationId: org.organizationId,
      id: workOrderId,
      number: 1,
      pillar: 'physical',
      title: 'Byt lampa',
      areaId: org.areaId,
    });
    const bytes = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    const ids = { report: newId(), work_order: newId() };
    for (const [ownerType, id] of Object.entries(ids)) {
      await app.storage.put(`${org.organizationId}/${id}.jpg`, bytes, 'image/jpeg');
      await app.db.insert(photos).values({
        organizationId: org.organizationId,
        id,
        ownerType,
        ownerId: ownerType === 'report' ? secret.id : workOrderId,
        storageKey: `${org.organizationId}/${id}.jpg`,
        contentType: 'image/jpeg',
        width: 2,
        height: 2,
        bytes: bytes.length,
      });
    }
    const safety = await org.login('safety_coordinator');
    expect((await safety.get(`/api/photos/${ids.report}`)).statusCode).toBe(404);
    expect((await safety.get(`/api/photos/${ids.work_order}`)).statusCode).toBe(200);
    expect((await (await org.login('social_coordinator')).get(`/api/photos/${ids.report}`)).statusCode).toBe(
      200,
    );
    const otherArea = await org.login('field_staff', [(await createArea(app, org.organizationId)).id]);
    expect((await otherArea.get(`/api/photos/${ids.work_order}`)).statusCode).toBe(404);
  });
});

describe('duplicate suggestions', () => {
  it('suggests the same category and restriction within 50 m and 14 days, nearest first', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const base = { lon: 17.95, lat: 59.21 };
    const now = Date.now();
    const report = await org.report({ ...base, createdAt: new Date(now) });
    const at49 = await org.report({
      lon: base.lon,
      lat: base.lat + metersNorth(49),
      createdAt: new Date(now - 13 * day),
    });
    const at10 = await org.report({ lon: base.lon, lat: base.lat - metersNorth(10) });
    await org.report({ lon: base.lon, lat: base.lat + metersNorth(60) });
    await org.report({ ...base, createdAt: new Date(now - 15 * day) });
    await org.report({ ...base, categoryKey: 'graffiti_vandalism' });
    // Same category, but restricted: it could not be merged, so it is not suggested.
    await org.report({ ...base, restricted: true });
    const merged = await org.report({ ...base });
    await org.admin.post(`/api/reports/${merged.id}/merge`, { intoId: at10.id });
    const response = await org.admin.get(`/api/reports/${report.id}/duplicates/suggestions`);
    expect(response.statusCode, response.body).toBe(200);
    const suggestions = response.json().suggestions;
    expect(suggestions.map((s: { id: string }) => s.id)).toEqual([at10.id, at49.id]);
    expect(suggestions[0].distanceMeters).toBe(10);
    expect(suggestions[1].distanceMeters).toBe(49);
  });

  it('has none for a report without a position', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report({ lon: null, lat: null, locationText: 'Vid soprummet' });
    expect((await org.admin.get(`/api/reports/${report.id}/duplicates/suggestions`)).json()).toEqual({
      suggestions: [],
    });
  });
});

describe('staff-made reports', () => {
  it('creates a report from an entrance, idempotently by the client id', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const guard = await org.login('guard');
    const input = {
      id: newId(),
      categoryId: org.lighting.id,
      description: 'Trasig lampa i trapphuset',
      entranceId: org.entranceId,
    };
    const first = await guard.post('/api/reports', input);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ id: input.id, status: 'new', alreadyReceived: false });
    const again = await guard.post('/api/reports', input);
    expect(again.statusCode).toBe(200);
    expect(again.json().trackingCode).toBe(first.json().trackingCode);
    const detail = (await org.admin.get(`/api/reports/${input.id}`)).json();
    expect(detail).toMatchObject({ source: 'staff', areaId: org.areaId, placeLabel: 'Storgatan 1, A' });
  });

  it('answers 400 naming the field for a bad category, place or half a position; 403 for viewers', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const other = await reportingOrganization(app);
    const base = { categoryId: org.lighting.id, description: 'x', areaId: org.areaId };
    const cases: [object, string][] = [
      [{ categoryId: other.lighting.id }, 'categoryId'],
      [{ areaId: other.areaId }, 'areaId'],
      [{ entranceId: other.entranceId }, 'entranceId'],
      [{ areaId: undefined }, 'areaId'],
      [{ lon: 17.9 }, 'lat'],
      [{ description: '' }, 'description'],
    ];
    for (const [change, field] of cases) {
      const response = await org.admin.post('/api/reports', { ...base, id: newId(), ...change });
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.issues[0].path, field).toBe(field);
    }
    const viewer = await org.login('viewer');
    expect((await viewer.post('/api/reports', { ...base, id: newId() })).statusCode).toBe(403);
  });
});
