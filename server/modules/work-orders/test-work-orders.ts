import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { expect } from 'vitest';
import type { Client } from '../../testing/factories';
import { organizationWithPlaces } from '../places/test-places';
import { createReport } from '../reports/testing';

/** An organization with places, and a report there from a tenant who wants e-mail updates. */
export async function workOrderScene(app: FastifyInstance) {
  const places = await organizationWithPlaces(app);
  const reporterEmail = `tenant-${crypto.randomUUID()}@test.trygg.local`;
  const report = await createReport(app, {
    organizationId: places.admin.organizationId,
    areaId: places.areaId,
    entranceId: places.entranceId,
    status: 'accepted',
    reporterEmail,
    wantsUpdates: true,
    contactConsentAt: new Date(),
  });
  return { ...places, report, reporterEmail };
}

/** Creates a work order through the API and returns its detail. */
export async function postWorkOrder(client: Client, body: Record<string, unknown>) {
  const response = await client.post('/api/work-orders', { pillar: 'physical', title: 'Byt lampa', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A real JPEG with EXIF, as a phone camera makes it. */
export const cameraJpeg = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCam', Model: 'X1' } })
    .toBuffer();

/** A multipart/form-data request with one file, as a browser sends it. */
export function multipart(file: Buffer, contentType = 'image/jpeg') {
  const boundary = `----trygg${crypto.randomUUID()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="photo.jpg"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * For the route-walking tenancy test: a work order of the owner's organization with one linked
 * report (to unlink) and one spare report (to link).
 */
export async function workOrderIds(app: FastifyInstance, owner: { admin: Client; areaId: string }) {
  const organizationId = owner.admin.organizationId;
  const linked = await createReport(app, { organizationId, areaId: owner.areaId, status: 'accepted' });
  const spare = await createReport(app, { organizationId, areaId: owner.areaId, status: 'accepted' });
  const workOrder = await postWorkOrder(owner.admin, { areaId: owner.areaId, reportIds: [linked.id] });
  return { workOrderId: workOrder.id as string, linkedReportId: linked.id, spareReportId: spare.id };
}
