import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCategories, reportUpdates } from '../../db/schema';
import { newId } from '../../platform/ids';
import { testApp } from '../../testing/test-app';
import { createReport } from '../reports/testing';
import { clientIp, open311Organization, postForm, reportRow } from './test-open311';

const base = '/api/open311/v2';

/** What other systems hit when they use the API as the specification allows. */
describe('Open311 as other systems use it', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('files a request without a description: the service name is stored, staff see the category', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const response = await postForm(app, `${base}/requests.json`, {
      api_key: org.apiKey,
      service_code: 'lighting',
      address_string: 'Storgatan 1',
      locale: 'en',
    });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json()[0].service_request_id;
    const row = await reportRow(app, org.admin.organizationId, id);
    const [category] = await app.db
      .select()
      .from(reportCategories)
      .where(
        and(
          eq(reportCategories.organizationId, org.admin.organizationId),
          eq(reportCategories.key, 'lighting'),
        ),
      );
    expect(row?.description).toBe(category?.name.en);
    const staff = (await org.admin.get(`/api/reports/${id}`)).json();
    expect(staff).toMatchObject({ categoryId: category?.id, description: category?.name.en });
    // A 'full' agreement reads the stored text back; without a key the service name says what it is.
    const full = (await org.admin.post('/api/open311-keys', { name: 'Full', disclosure: 'full' })).json();
    const url = `${base}/requests/${id}.json?jurisdiction_id=${org.slug}`;
    const read = await app.inject({ url: `${url}&api_key=${full.secret}` });
    expect(read.json()[0]).toMatchObject({ service_code: 'lighting', description: category?.name.en });
    const anonymous = await app.inject({ url: `${url}&locale=en` });
    expect(anonymous.json()[0]).toMatchObject({ service_name: category?.name.en, description: '' });
  });

  it('takes api_key and jurisdiction_id from the query string as well as the body', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    await open311Organization(app); // two organizations: jurisdiction_id is read, not guessed
    const fields = { service_code: 'litter', address_string: 'Gården', description: 'Bags' };
    const query = `api_key=${encodeURIComponent(org.apiKey)}&jurisdiction_id=${org.slug}`;
    const inQuery = await postForm(app, `${base}/requests.json?${query}`, fields);
    expect(inQuery.statusCode, inQuery.body).toBe(201);
    const row = await reportRow(app, org.admin.organizationId, inQuery.json()[0].service_request_id);
    expect(row).toMatchObject({ apiKeyId: org.apiKeyId, source: 'open311' });
    const wrong = await postForm(app, `${base}/requests.json?api_key=not-a-key`, fields);
    expect(wrong.statusCode).toBe(403);
  });

  it('reads W3C-DTF dates: years, months, days, minutes and fractions; names a bad one', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const lamp = await createReport(app, { organizationId: org.admin.organizationId, areaId: org.areaId });
    const q = `jurisdiction_id=${org.slug}`;
    const now = new Date();
    const day = now.toISOString().slice(0, 10);
    const anHourAgo = new Date(now.getTime() - 3600_000).toISOString();
    const minutes = `${anHourAgo.slice(0, 16)}Z`;
    const ids = async (query: string) => {
      const response = await app.inject({
        url: `${base}/requests.json?${q}&${query}`,
        remoteAddress: clientIp(),
      });
      expect(response.statusCode, `${query}: ${response.body}`).toBe(200);
      return (response.json() as { service_request_id: string }[]).map((r) => r.service_request_id);
    };
    expect(await ids(`start_date=${day}`)).toEqual([lamp.id]);
    expect(await ids(`end_date=${day}`)).toEqual([lamp.id]); // the whole day, up to its end
    expect(await ids(`start_date=${day.slice(0, 7)}&end_date=${day}`)).toEqual([lamp.id]);
    expect(await ids(`start_date=${encodeURIComponent(minutes)}`)).toEqual([lamp.id]);
    expect(await ids(`start_date=${encodeURIComponent(`${anHourAgo.slice(0, 19)}.5+00:00`)}`)).toEqual([
      lamp.id,
    ]);
    expect(await ids('start_date=2020&end_date=2020-02')).toEqual([]);
    const updates = await app.inject({ url: `${base}/servicerequestupdates.json?${q}&start_date=${day}` });
    expect(updates.statusCode, updates.body).toBe(200);
    for (const bad of ['2026-13-01', '2026-12-01T10Z', 'yesterday']) {
      const response = await app.inject({ url: `${base}/requests.json?${q}&end_date=${bad}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()[0].description).toMatch(/^end_date: is not a W3C date/);
    }
  });

  it('files a point outside every area with a notice, or refuses it when the key is set to', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    // The organization's one area is ±0.005° around (17.95, 59.21): this is about 1 km east of it.
    const near = {
      api_key: org.apiKey,
      service_code: 'lighting',
      lat: '59.21',
      long: '17.972',
      description: 'Dark',
    };
    const filed = await postForm(app, `${base}/requests.json`, { ...near, locale: 'en' });
    expect(filed.statusCode, filed.body).toBe(201);
    const [receipt] = filed.json();
    expect(receipt.service_notice).toContain("outside the landlord's areas");
    const row = await reportRow(app, org.admin.organizationId, receipt.service_request_id);
    expect(row).toMatchObject({ areaId: null, lon: 17.972 });
    const staff = (await org.admin.get(`/api/reports/${receipt.service_request_id}`)).json();
    expect(staff.outsideAreas).toBe(true);
    const inside = await postForm(app, `${base}/requests.json`, { ...near, long: '17.95' });
    expect(inside.json()[0].service_notice).not.toContain('utanför');

    const far = await postForm(app, `${base}/requests.json`, { ...near, lat: '0', long: '0' });
    expect(far.statusCode).toBe(400);
    expect(far.json()[0].description).toMatch(/^lat: /);

    const setting = await org.admin.patch(`/api/open311-keys/${org.apiKeyId}`, { outsideAreas: 'refuse' });
    expect(setting.statusCode, setting.body).toBe(200);
    const refused = await postForm(app, `${base}/requests.json`, near);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()[0].description).toMatch(/^lat: the place is in none of the landlord's areas/);
    const stillInside = await postForm(app, `${base}/requests.json`, { ...near, long: '17.95' });
    expect(stillInside.statusCode).toBe(201);
  });

  it('answers errors in English unless the client asks for Swedish', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const fields = { service_code: 'lighting', address_string: 'Gården', description: 'x' };
    const plain = await postForm(app, `${base}/requests.json`, fields);
    expect(plain.json()[0].description).toBe(
      "api_key: api_key is missing -- can't proceed with create_request",
    );
    const swedish = await app.inject({
      method: 'POST',
      url: `${base}/requests.json`,
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'sv-SE,sv;q=0.9' },
      remoteAddress: clientIp(),
    });
    expect(swedish.json()[0].description).toContain('api_key saknas');
    const byParameter = await app.inject({
      url: `${base}/services/nothing.json?jurisdiction_id=${org.slug}&locale=sv`,
    });
    expect(byParameter.json()[0].description).toContain('ingen sådan tjänst');
    const english = await app.inject({ url: `${base}/services/nothing.json?jurisdiction_id=${org.slug}` });
    expect(english.json()[0].description).toContain('no such service');
    // A logged-in staff member's Swedish does not make the machine-facing answer Swedish.
    const staff = await org.admin.get(`${base}/services/nothing.json`);
    expect(staff.json()[0].description).toContain('no such service');
  });

  it('lists the newest updates when no start_date is given, oldest first among them', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const organizationId = org.admin.organizationId;
    const lamp = await createReport(app, {
      organizationId,
      createdAt: new Date(Date.now() - 2 * 86400_000),
    });
    const start = lamp.createdAt.getTime() + 60_000;
    const rows = Array.from({ length: 1005 }, (_, i) => ({
      organizationId,
      id: newId(),
      reportId: lamp.id,
      status: 'accepted',
      publicText: `Reply ${i}`,
      createdAt: new Date(start + i * 1000),
    }));
    await app.db.insert(reportUpdates).values(rows);
    // Replies are read under a 'full' agreement (without one, only status changes are listed).
    const { secret } = (
      await org.admin.post('/api/open311-keys', { name: 'Full', disclosure: 'full' })
    ).json();
    const q = `jurisdiction_id=${org.slug}&api_key=${secret}`;
    const response = await app.inject({ url: `${base}/servicerequestupdates.json?${q}` });
    expect(response.statusCode).toBe(200);
    const texts = (response.json() as { description: string }[]).map((u) => u.description);
    expect(texts).toHaveLength(1000);
    expect(texts[0]).toBe('Reply 5');
    expect(texts.at(-1)).toBe('Reply 1004');
    const from = new Date(start).toISOString();
    const polled = await app.inject({
      url: `${base}/servicerequestupdates.json?${q}&start_date=${from}`,
    });
    const polledTexts = (polled.json() as { description: string }[]).map((u) => u.description);
    expect(polledTexts[0]).toBe('Reply 0');
    expect(polledTexts).toHaveLength(1000);
  });

  it('says in the services list that restricted services cannot be read back', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const services = async (locale: string) =>
      (
        await app.inject({ url: `${base}/services.json?jurisdiction_id=${org.slug}&locale=${locale}` })
      ).json() as { service_code: string; description: string }[];
    const english = await services('en');
    const description = (code: string) => english.find((s) => s.service_code === code)?.description ?? '';
    expect(description('disturbance')).toContain('cannot be read back through the API');
    expect(description('subletting')).toContain('handled confidentially');
    expect(description('lighting')).not.toContain('confidential');
    const swedish = await services('sv');
    expect(swedish.find((s) => s.service_code === 'disturbance')?.description).toContain('konfidentiellt');
    // And indeed: filed, but not readable.
    const filed = await postForm(app, `${base}/requests.json`, {
      api_key: org.apiKey,
      service_code: 'disturbance',
      address_string: 'Storgatan 1',
      description: 'Loud music',
    });
    expect(filed.statusCode).toBe(201);
    const id = filed.json()[0].service_request_id;
    expect(
      (await app.inject({ url: `${base}/requests/${id}.json?jurisdiction_id=${org.slug}` })).statusCode,
    ).toBe(404);
  });
});
