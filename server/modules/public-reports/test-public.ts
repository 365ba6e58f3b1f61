import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { filesDir } from '../../config';
import { photos, reports, reportUpdates } from '../../db/schema';
import { organizationWithPlaces } from '../places/test-places';

let counter = 0;

/** A tenant's phone: no session, its own address (so per-address rate limits are its own). */
export function tenantClient(app: FastifyInstance) {
  counter++;
  const remoteAddress = `127.81.${Math.floor(counter / 250) % 250}.${(counter % 250) + 1}`;
  const request = (options: InjectOptions) => app.inject({ remoteAddress, ...options });
  return {
    remoteAddress,
    request,
    get: (url: string, headers: Record<string, string> = {}) => request({ method: 'GET', url, headers }),
    post: (url: string, payload?: unknown, headers: Record<string, string> = {}) =>
      request({ method: 'POST', url, payload: payload as InjectOptions['payload'], headers }),
  };
}

/** A multipart/form-data body: the report as JSON in `report`, and files as `photos`. */
export function multipartBody(report: unknown, files: Buffer[], fileField = 'photos') {
  const boundary = `----trygg${Date.now().toString(16)}`;
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="report"\r\n\r\n${typeof report === 'string' ? report : JSON.stringify(report)}\r\n`,
    ),
  ];
  files.forEach((file, i) => {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${fileField}"; filename="p${i}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      file,
      Buffer.from('\r\n'),
    );
  });
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** An organization with a building and an entrance, its slug and the entrance's QR token. */
export async function publicSetup(app: FastifyInstance) {
  const places = await organizationWithPlaces(app);
  const entrance = (await places.admin.get(`/api/entrances/${places.entranceId}`)).json();
  return {
    ...places,
    slug: `org-${places.admin.organizationId}`,
    entranceToken: entrance.publicToken as string,
  };
}

/** A valid submission for the organization, with a fresh client-made id. */
export const submission = (slug: string, overrides: Record<string, unknown> = {}) => ({
  id: uuidv7(),
  organization: slug,
  categoryKey: 'lighting',
  description: 'The lamp by entrance 12 is out',
  position: { lon: 17.9502, lat: 59.2102 },
  locale: 'en',
  ...overrides,
});

/** Everything the intake stored for an organization: rows and photo files. */
export async function savedRows(app: FastifyInstance, organizationId: string) {
  const saved = await app.db.select().from(reports).where(eq(reports.organizationId, organizationId));
  const updates = await app.db
    .select()
    .from(reportUpdates)
    .where(eq(reportUpdates.organizationId, organizationId));
  const pictures = await app.db.select().from(photos).where(eq(photos.organizationId, organizationId));
  const files = await readdir(path.join(filesDir(app.config), organizationId)).catch(() => []);
  return { reports: saved, updates, photos: pictures, files };
}
