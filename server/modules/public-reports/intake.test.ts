import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { phonePhoto } from '../../platform/test-images';
import { testApp } from '../../testing/test-app';
import { multipartBody, publicSetup, savedRows, submission, tenantClient } from './test-public';

describe('public report intake', () => {
  // The worker's app and database start once, under the hook timeout rather than a test's.
  beforeAll(async () => {
    await testApp();
  });

  it('receives a JSON report with a position: receipt, area found, first timeline entry', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const body = submission(setup.slug, {
      contact: { email: 'a@example.se', consent: true, wantsUpdates: true },
    });
    const response = await tenantClient(app).post('/api/public/reports', body);
    expect(response.statusCode, response.body).toBe(201);
    const receipt = response.json();
    expect(receipt).toEqual({
      id: body.id,
      trackingCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/),
      receivedAt: expect.any(String),
      alreadyReceived: false,
    });
    const rows = await savedRows(app, setup.admin.organizationId);
    expect(rows.reports).toHaveLength(1);
    expect(rows.reports[0]).toMatchObject({
      status: 'new',
      source: 'web',
      areaId: setup.areaId,
      entranceId: null,
      lon: 17.9502,
      reporterEmail: 'a@example.se',
      wantsUpdates: true,
      restricted: false,
      locale: 'en',
    });
    expect(rows.reports[0].contactConsentAt).toBeInstanceOf(Date);
    expect(rows.updates.map((u) => u.status)).toEqual(['new']);
  });

  it('takes the place from an entrance token (QR code) and marks the source', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const body = submission(setup.slug, { entranceToken: setup.entranceToken, position: undefined });
    const response = await tenantClient(app).post('/api/public/reports', body);
    expect(response.statusCode, response.body).toBe(201);
    const [row] = (await savedRows(app, setup.admin.organizationId)).reports;
    expect(row).toMatchObject({
      source: 'qr',
      areaId: setup.areaId,
      buildingId: setup.buildingId,
      entranceId: setup.entranceId,
      lon: 17.9501,
      lat: 59.2101,
    });
  });

  it('accepts a description of the place alone, with no area', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const body = submission(setup.slug, { position: undefined, locationText: 'Behind the laundry' });
    expect((await tenantClient(app).post('/api/public/reports', body)).statusCode).toBe(201);
    const [row] = (await savedRows(app, setup.admin.organizationId)).reports;
    expect(row).toMatchObject({ areaId: null, lon: null, locationText: 'Behind the laundry' });
  });

  it('receives a multipart report with a photo, stored re-encoded without EXIF or GPS', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const { payload, headers } = multipartBody(submission(setup.slug), [await phonePhoto()]);
    const response = await tenantClient(app).request({
      method: 'POST',
      url: '/api/public/reports',
      payload,
      headers,
    });
    expect(response.statusCode, response.body).toBe(201);
    const rows = await savedRows(app, setup.admin.organizationId);
    expect(rows.photos).toHaveLength(1);
    expect(rows.photos[0]).toMatchObject({
      ownerType: 'report',
      ownerId: response.json().id,
      contentType: 'image/jpeg',
    });
    expect(rows.files).toEqual([path.basename(rows.photos[0].storageKey)]);
    const stored = await app.storage.get(rows.photos[0].storageKey);
    expect(stored?.contentType).toBe('image/jpeg');
    const metadata = await sharp(stored?.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(stored?.bytes.includes(Buffer.from('Secret Person'))).toBe(false);
    expect(rows.photos[0].bytes).toBe(stored?.bytes.length);
  });

  it('answers a retry with the same receipt and keeps one report', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const tenant = tenantClient(app);
    const body = submission(setup.slug);
    const first = await tenant.post('/api/public/reports', body);
    const again = await tenant.post('/api/public/reports', body);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...first.json(), alreadyReceived: true });
    const rows = await savedRows(app, setup.admin.organizationId);
    expect(rows.reports).toHaveLength(1);
    expect(rows.updates).toHaveLength(1);
  });

  it('makes one report of two identical submissions sent at the same moment', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const body = submission(setup.slug);
    const { payload, headers } = multipartBody(body, [await phonePhoto()]);
    const send = () =>
      tenantClient(app).request({ method: 'POST', url: '/api/public/reports', payload, headers });
    const answers = await Promise.all([send(), send(), send()]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().trackingCode)).size).toBe(1);
    const rows = await savedRows(app, setup.admin.organizationId);
    expect(rows.reports).toHaveLength(1);
    expect(rows.photos).toHaveLength(1);
    expect(rows.files).toHaveLength(1);
  });

  it('refuses the same id with other content as a conflict naming the id', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const body = submission(setup.slug);
    const tenant = tenantClient(app);
    await tenant.post('/api/public/reports', body);
    const other = await tenant.post(
      '/api/public/reports',
      { ...body, description: 'Something else' },
      {
        'accept-language': 'en',
      },
    );
    expect(other.statusCode).toBe(409);
    expect(other.json().error.issues).toEqual([
      { path: 'id', message: 'was already used for another report' },
    ]);
  });

  it('needs no CSRF token, even from another site or with a staff session cookie', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const crossSite = await tenantClient(app).post('/api/public/reports', submission(setup.slug), {
      'sec-fetch-site': 'cross-site',
      origin: 'https://elsewhere.example',
    });
    expect(crossSite.statusCode, crossSite.body).toBe(201);
    const staff = await setup.admin.request({
      method: 'POST',
      url: '/api/public/reports',
      payload: submission(setup.slug),
      headers: { 'x-csrf-token': '' },
      remoteAddress: '127.81.250.1',
    });
    expect(staff.statusCode, staff.body).toBe(201);
  });
});
