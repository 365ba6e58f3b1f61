import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reports, reportUpdates } from '../../db/schema';
import { newId } from '../../platform/ids';
import { testApp } from '../../testing/test-app';
import { createReport } from '../reports/testing';
import { clientIp, open311Organization, parseXml } from './test-open311';

const base = '/api/open311/v2';

async function setup() {
  const app = await testApp();
  const org = await open311Organization(app);
  const organizationId = org.admin.organizationId;
  const lamp = await createReport(app, {
    organizationId,
    areaId: org.areaId,
    buildingId: org.buildingId,
    entranceId: org.entranceId,
    reporterName: 'Ada Lund',
    reporterEmail: 'ada@example.com',
    reporterPhone: '+46701234567',
    // Ten minutes ago, so its timeline entries below are in the past too.
    createdAt: new Date(Date.now() - 10 * 60_000),
  });
  const neighbour = await createReport(app, {
    organizationId,
    categoryKey: 'disturbance',
    description: 'Loud music at night from 1101',
  });
  const get = (path: string) => app.inject({ url: `${base}/${path}`, remoteAddress: clientIp() });
  return { app, org, lamp, neighbour, get, q: `jurisdiction_id=${org.slug}` };
}

describe('Open311 GET requests', () => {
  // Starting the database (migrations) takes seconds on a busy machine: not part of any test's time.
  beforeAll(async () => {
    await testApp();
  });

  it('lists requests in JSON and XML, coarsely, without contact details and never restricted ones', async () => {
    const { org, lamp, get, q } = await setup();
    const json = await get(`requests.json?${q}`);
    expect(json.statusCode, json.body).toBe(200);
    const list = json.json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      service_request_id: lamp.id,
      status: 'open',
      service_code: 'lighting',
      // Without a key: no free text, the area for an address, the point in its 250 m cell.
      description: '',
      agency_responsible: org.name,
      address: expect.not.stringContaining('Storgatan'),
      lat: expect.closeTo(59.21, 2),
      long: expect.closeTo(17.95, 2),
      media_url: null,
      requested_datetime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    expect(list[0]).not.toHaveProperty('extended_status');
    expect(list[0].lat).not.toBe(59.21);
    for (const secret of ['Ada', 'ada@example.com', '46701234567', 'Loud music', 'lamp', lamp.trackingCode]) {
      expect(json.body).not.toContain(secret);
    }

    const xml = await get(`requests.xml?${q}`);
    const parsed = parseXml(xml.body) as { service_requests: { request: Record<string, string>[] } };
    expect(parsed.service_requests.request).toHaveLength(1);
    expect(parsed.service_requests.request[0]).toMatchObject({
      service_request_id: lamp.id,
      status: 'open',
      media_url: '',
    });
  });

  it('reads one request by id; restricted, unknown and other organizations are 404', async () => {
    const { app, lamp, neighbour, get, q } = await setup();
    const other = await open311Organization(app);

    const one = await get(`requests/${lamp.id}.xml?${q}`);
    expect(one.statusCode, one.body).toBe(200);
    const parsed = parseXml(one.body) as { service_requests: { request: Record<string, string>[] } };
    expect(parsed.service_requests.request[0]?.service_request_id).toBe(lamp.id);

    expect((await get(`requests/${neighbour.id}.json?${q}`)).statusCode).toBe(404);
    expect((await get(`requests/${newId()}.json?${q}`)).statusCode).toBe(404);
    expect((await get(`requests/not-a-uuid.json?${q}`)).statusCode).toBe(404);
    expect((await get(`requests/${lamp.id}.json?jurisdiction_id=${other.slug}`)).statusCode).toBe(404);
    const restrictedById = await get(`requests.json?${q}&service_request_id=${lamp.id},${neighbour.id}`);
    expect(restrictedById.json().map((r: { service_request_id: string }) => r.service_request_id)).toEqual([
      lamp.id,
    ]);
    const restrictedByCode = await get(`requests.json?${q}&service_code=disturbance`);
    expect(restrictedByCode.json()).toEqual([]);
  });

  it('filters by status, service code and dates, and bounds the window to 90 days', async () => {
    const { app, org, lamp, get, q } = await setup();
    const fixed = await createReport(app, {
      organizationId: org.admin.organizationId,
      categoryKey: 'litter',
      status: 'done',
      closedAt: new Date(),
      publicReply: 'Cleaned up, thank you',
    });
    const ids = async (query: string) =>
      ((await get(`requests.json?${q}&${query}`)).json() as { service_request_id: string }[]).map(
        (r) => r.service_request_id,
      );
    expect(await ids('status=open')).toEqual([lamp.id]);
    expect(await ids('status=closed')).toEqual([fixed.id]);
    expect((await ids('status=open,closed')).sort()).toEqual([lamp.id, fixed.id].sort());
    expect(await ids('service_code=litter')).toEqual([fixed.id]);
    expect(await ids('start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z')).toEqual([]);

    const closed = (await get(`requests.json?${q}&service_request_id=${fixed.id}`)).json()[0];
    // The reply was written to the tenant: not published without a 'full' agreement.
    expect(closed).toMatchObject({ status: 'closed', status_notes: null, expected_datetime: null });

    const tooLong = await get(
      `requests.json?${q}&start_date=2020-01-01T00:00:00Z&end_date=2021-01-01T00:00:00Z`,
    );
    expect(tooLong.statusCode).toBe(400);
    expect((await get(`requests.json?${q}&status=maybe`)).statusCode).toBe(400);
    expect((await get(`requests.json?${q}&service_request_id=abc`)).statusCode).toBe(400);
  });

  it('adds FixMyStreet extended statuses with ?extensions=true', async () => {
    const { app, org, lamp, get, q } = await setup();
    await app.db.update(reports).set({ status: 'accepted' }).where(eq(reports.id, lamp.id));
    const forwarded = await createReport(app, {
      organizationId: org.admin.organizationId,
      status: 'forwarded',
    });
    const list = (await get(`requests.json?${q}&extensions=true`)).json() as Record<string, string>[];
    const statusOf = (id: string) => list.find((r) => r.service_request_id === id);
    expect(statusOf(lamp.id)).toMatchObject({ status: 'open', extended_status: 'action_scheduled' });
    expect(statusOf(forwarded.id)).toMatchObject({
      status: 'closed',
      extended_status: 'not_councils_responsibility',
    });
  });

  it('maps a tracking code (token) to its request id', async () => {
    const { lamp, neighbour, get, q } = await setup();
    const json = await get(`tokens/${lamp.trackingCode.toLowerCase().replace('-', '')}.json?${q}`);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toEqual([{ service_request_id: lamp.id, token: lamp.trackingCode }]);
    const xml = parseXml((await get(`tokens/${lamp.trackingCode}.xml?${q}`)).body) as {
      service_requests: { request: Record<string, string>[] };
    };
    expect(xml.service_requests.request[0]).toEqual({
      service_request_id: lamp.id,
      token: lamp.trackingCode,
    });
    expect((await get(`tokens/${neighbour.trackingCode}.json?${q}`)).statusCode).toBe(404);
    expect((await get(`tokens/ZZZZZ-ZZZZZ.json?${q}`)).statusCode).toBe(404);
  });

  it('lists status changes as service request updates; replies only under a full key, notes never', async () => {
    const { app, org, lamp, neighbour, get, q } = await setup();
    const organizationId = org.admin.organizationId;
    const later = (minutes: number) => new Date(lamp.createdAt.getTime() + minutes * 60_000);
    const entries = [
      { reportId: lamp.id, status: 'accepted', internalNote: 'Caretaker informed', createdAt: later(1) },
      { reportId: lamp.id, status: 'accepted', internalNote: 'Only a note', createdAt: later(2) },
      { reportId: lamp.id, status: 'done', publicText: 'New bulb fitted', createdAt: later(3) },
      { reportId: neighbour.id, status: 'accepted', publicText: 'We will talk to them', createdAt: later(4) },
    ];
    for (const entry of entries)
      await app.db.insert(reportUpdates).values({ organizationId, id: newId(), ...entry });

    const json = await get(`servicerequestupdates.json?${q}`);
    expect(json.statusCode, json.body).toBe(200);
    const updates = json.json() as Record<string, string>[];
    expect(updates.map((u) => [u.service_request_id, u.status, u.description])).toEqual([
      [lamp.id, 'open', ''],
      [lamp.id, 'action_scheduled', ''],
      [lamp.id, 'fixed', ''],
    ]);
    expect(json.body).not.toContain('New bulb');

    const { key, secret } = (
      await org.admin.post('/api/open311-keys', { name: 'Kommunen', disclosure: 'full' })
    ).json();
    expect(key.disclosure).toBe('full');
    const keyed = (await get(`servicerequestupdates.json?${q}&api_key=${secret}`)).json() as Record<
      string,
      string
    >[];
    expect(keyed.map((u) => u.description)).toEqual(['', '', 'New bulb fitted']);
    expect(JSON.stringify(keyed)).not.toContain('Caretaker');
    expect(JSON.stringify(keyed)).not.toContain('talk to them');
    expect(updates[2]).toMatchObject({
      update_id: expect.any(String),
      media_url: '',
      updated_datetime: expect.any(String),
    });
    expect(json.body).not.toContain('Caretaker');
    expect(json.body).not.toContain('talk to them');

    const xml = parseXml((await get(`servicerequestupdates.xml?${q}`)).body) as {
      service_request_updates: { request_update: Record<string, string>[] };
    };
    expect(xml.service_request_updates.request_update.map((u) => u.status)).toEqual([
      'open',
      'action_scheduled',
      'fixed',
    ]);
  });
});
