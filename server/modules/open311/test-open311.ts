import { and, eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { organizations, reports } from '../../db/schema';
import { entrances } from '../../db/schema/places';
import { organizationWithPlaces } from '../places/test-places';

const listElements = new Set([
  'service',
  'request',
  'request_update',
  'error',
  'attribute',
  'value',
  'endpoint',
  'format',
]);
const parser = new XMLParser({ isArray: (name) => listElements.has(name), parseTagValue: false });

/** An Open311 XML answer parsed back, after checking it starts with the declaration the specification asks for. */
export function parseXml(body: string): Record<string, unknown> {
  expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  return parser.parse(body);
}

let counter = 0;
/** A distinct client address per call site, so per-IP rate limits of one test do not hit another. */
export const clientIp = () => `10.31.1.${(++counter % 250) + 1}`;

/** An organization with places, its slug (the jurisdiction_id), an entrance's QR token and an api_key. */
export async function open311Organization(app: FastifyInstance) {
  const places = await organizationWithPlaces(app);
  const [org] = await app.db
    .select()
    .from(organizations)
    .where(eq(organizations.id, places.admin.organizationId));
  const [entrance] = await app.db.select().from(entrances).where(eq(entrances.id, places.entranceId));
  const created = await places.admin.post('/api/open311-keys', { name: 'City app' });
  expect(created.statusCode, created.body).toBe(201);
  const { key, secret } = created.json() as { key: { id: string }; secret: string };
  return {
    ...places,
    slug: org?.slug ?? '',
    name: org?.name ?? '',
    entranceToken: entrance?.publicToken ?? '',
    apiKey: secret,
    apiKeyId: key.id,
  };
}

/** A form-encoded POST, as the specification sends them. */
export function postForm(app: FastifyInstance, url: string, fields: Record<string, string>, ip = clientIp()) {
  const options: InjectOptions = {
    method: 'POST',
    url,
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    remoteAddress: ip,
  };
  return app.inject(options);
}

/** The stored report behind an Open311 service_request_id. */
export async function reportRow(app: FastifyInstance, organizationId: string, id: string) {
  const [row] = await app.db
    .select()
    .from(reports)
    .where(and(eq(reports.organizationId, organizationId), eq(reports.id, id)));
  return row;
}
