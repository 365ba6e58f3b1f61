import { beforeAll, describe, expect, it } from 'vitest';
import { reportUpdates } from '../../db/schema';
import { newId } from '../../platform/ids';
import { testApp } from '../../testing/test-app';
import { createReport } from '../reports/testing';
import { clientIp, open311Organization, parseXml } from './test-open311';

const base = '/api/open311/v2';
// A tenant's report as it arrives from a phone: free text naming a neighbour, the phone's GPS.
const description = 'The man in 1102 deals from the stairwell every night';
const gps = { lat: 59.210_437, lon: 17.951_283 };

async function setup() {
  const app = await testApp();
  const org = await open311Organization(app);
  const report = await createReport(app, {
    organizationId: org.admin.organizationId,
    areaId: org.areaId,
    buildingId: org.buildingId,
    entranceId: org.entranceId,
    description,
    locationText: 'By the bike shed behind 1 A',
    publicReply: 'Hi Ada, we have called the police about 1102',
    ...gps,
  });
  const get = (path: string) => app.inject({ url: `${base}/${path}`, remoteAddress: clientIp() });
  return { app, org, report, get, q: `jurisdiction_id=${org.slug}` };
}

describe('Open311 reads without a key', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('publish category, status, dates and a coarse place, never the free text, point or stairwell', async () => {
    const { report, get, q } = await setup();
    const list = await get(`requests.json?${q}`);
    const one = await get(`requests/${report.id}.json?${q}`);
    const xml = await get(`requests.xml?${q}`);
    for (const answer of [list, one, xml]) {
      expect(answer.statusCode, answer.body).toBe(200);
      for (const secret of [
        '1102',
        'deals',
        'bike shed',
        'Storgatan',
        '1 A',
        String(gps.lat),
        String(gps.lon),
      ])
        expect(answer.body).not.toContain(secret);
    }
    const [request] = list.json();
    expect(request).toMatchObject({
      service_request_id: report.id,
      service_code: 'lighting',
      status: 'open',
      description: '',
      status_notes: null,
      media_url: null,
      requested_datetime: expect.any(String),
    });
    // The area's name, and the point moved to the centre of its 100 m cell or coarser.
    expect(request.address).toMatch(/^[^,]+$/);
    expect(request.lat).not.toBe(gps.lat);
    expect(Math.abs(request.lat - gps.lat)).toBeLessThan(0.005);
    expect(Math.abs(request.long - gps.lon)).toBeLessThan(0.005);
    const parsed = parseXml(xml.body) as { service_requests: { request: Record<string, string>[] } };
    expect(parsed.service_requests.request[0]?.description).toBe('');
  });

  it('do not publish the replies staff wrote to the tenant as service request updates', async () => {
    const { app, org, report, get, q } = await setup();
    await app.db.insert(reportUpdates).values({
      organizationId: org.admin.organizationId,
      id: newId(),
      reportId: report.id,
      status: 'accepted',
      publicText: 'Hi Ada, we have called the police about 1102',
      createdAt: new Date(Date.now() - 1000),
    });
    const updates = await get(`servicerequestupdates.json?${q}`);
    expect(updates.statusCode, updates.body).toBe(200);
    expect(updates.json().map((u: { status: string }) => u.status)).toContain('action_scheduled');
    expect(updates.body).not.toContain('1102');
  });
});
