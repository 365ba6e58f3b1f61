import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../db/schema';
import { testApp } from '../../testing/test-app';
import { publicSetup, submission, tenantClient } from './test-public';

/** The attacker's tool: JSON with sorted keys, as the intake once hashed it. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const guessedContact = { name: 'Anna Andersson', email: 'anna@example.se', phone: '070-1234567' };

describe('the idempotency key of a report submission', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('lets no one confirm a guessed name, e-mail and phone against any stored value', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const body = submission(setup.slug, {
      contact: { ...guessedContact, consent: true, wantsUpdates: true },
    });
    expect((await tenantClient(app).post('/api/public/reports', body)).statusCode).toBe(201);
    // The tenant withdraws: the row forgets the contact details; nothing stored may still hold them.
    const [row] = await app.db.select().from(reports).where(eq(reports.id, body.id));
    await tenantClient(app).post(`/api/public/reports/${row.trackingCode}/withdraw-contact`);
    const [after] = await app.db.select().from(reports).where(eq(reports.id, body.id));
    // Everything someone holding the database knows of the report, plus the guessed identity.
    const guess = {
      id: after.id,
      organizationId: after.organizationId,
      categoryId: after.categoryId,
      restricted: after.restricted,
      source: after.source,
      description: after.description,
      areaId: after.areaId,
      buildingId: after.buildingId,
      entranceId: after.entranceId,
      lon: after.lon,
      lat: after.lat,
      locationText: after.locationText,
      locale: after.locale,
      contact: { ...guessedContact, wantsUpdates: true },
      apiKeyId: after.apiKeyId,
    };
    const guessedHash = createHash('sha256').update(canonicalJson(guess)).digest('hex');
    expect(Object.values(after).map(String)).not.toContain(guessedHash);
    expect(JSON.stringify(after)).not.toContain(guessedContact.email);
  });

  it('is the same with or without contact details: a retry that drops them is the same report', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const tenant = tenantClient(app);
    const body = submission(setup.slug, { contact: { ...guessedContact, consent: true } });
    const first = await tenant.post('/api/public/reports', body);
    expect(first.statusCode).toBe(201);
    const retry = await tenant.post('/api/public/reports', { ...body, contact: undefined });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toMatchObject({ trackingCode: first.json().trackingCode, alreadyReceived: true });
    // Other content under the same id is still refused.
    const other = await tenant.post('/api/public/reports', { ...body, description: 'Something else' });
    expect(other.statusCode).toBe(409);
  });
});
