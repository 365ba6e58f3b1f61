import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../db/schema';
import { newId } from '../../platform/ids';
import { testApp } from '../../testing/test-app';
import { clientIp, open311Organization, parseXml, postForm, reportRow } from './test-open311';

const base = '/api/open311/v2';

describe('Open311 POST requests', () => {
  // Starting the database (migrations) takes seconds on a busy machine: not part of any test's time.
  beforeAll(async () => {
    await testApp();
  });

  it('files a form-encoded request with an api_key and answers with its id', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const response = await postForm(app, `${base}/requests.json`, {
      api_key: org.apiKey,
      jurisdiction_id: org.slug,
      service_code: 'lighting',
      lat: '59.2101',
      long: '17.9501',
      description: 'The lamp by entrance 12 is out',
      media_url: 'http://example.com/photo.jpg',
      device_id: 'tt222111',
    });
    expect(response.statusCode, response.body).toBe(201);
    const [receipt] = response.json();
    expect(receipt).toEqual({
      service_request_id: expect.any(String),
      service_notice: expect.any(String),
      account_id: null,
    });
    const row = await reportRow(app, org.admin.organizationId, receipt.service_request_id);
    expect(row).toMatchObject({
      source: 'open311',
      apiKeyId: org.apiKeyId,
      areaId: org.areaId,
      status: 'new',
    });
    expect(receipt.service_notice).toContain(row?.trackingCode);
  });

  it('answers in XML and accepts JSON bodies with nested attributes', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const response = await app.inject({
      method: 'POST',
      url: `${base}/requests.xml`,
      remoteAddress: clientIp(),
      payload: {
        api_key: org.apiKey,
        service_code: 'graffiti_vandalism',
        description: 'Tags on the door',
        attribute: { entrance_token: org.entranceToken, location_text: 'the main door' },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const parsed = parseXml(response.body) as { service_requests: { request: Record<string, string>[] } };
    const id = parsed.service_requests.request[0]?.service_request_id ?? '';
    const row = await reportRow(app, org.admin.organizationId, id);
    expect(row).toMatchObject({
      entranceId: org.entranceId,
      buildingId: org.buildingId,
      locationText: 'the main door',
    });
  });

  it('refuses a missing, wrong or revoked api_key, or one of another organization, with 403', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const other = await open311Organization(app);
    const fields = {
      jurisdiction_id: org.slug,
      service_code: 'lighting',
      address_string: 'Storgatan 1',
      description: 'x',
    };

    const missing = await postForm(app, `${base}/requests.xml`, fields);
    expect(missing.statusCode).toBe(403);
    const parsed = parseXml(missing.body) as { errors: { error: { code: string; description: string }[] } };
    expect(parsed.errors.error[0]).toMatchObject({
      code: '403',
      description: expect.stringContaining('api_key'),
    });

    const wrong = await postForm(app, `${base}/requests.json`, { ...fields, api_key: 'not-a-key' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()[0]).toMatchObject({ code: 403 });

    const foreign = await postForm(app, `${base}/requests.json`, { ...fields, api_key: other.apiKey });
    expect(foreign.statusCode).toBe(403);

    const revoke = await org.admin.post(`/api/open311-keys/${org.apiKeyId}/revoke`);
    expect(revoke.statusCode, revoke.body).toBe(200);
    const revoked = await postForm(app, `${base}/requests.json`, { ...fields, api_key: org.apiKey });
    expect(revoked.statusCode).toBe(403);
    const count = await app.db
      .select()
      .from(reports)
      .where(eq(reports.organizationId, org.admin.organizationId));
    expect(count).toHaveLength(0);
  });

  it('names what is wrong: unknown service, missing location, long description, bad coordinates or e-mail', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const ok = {
      api_key: org.apiKey,
      service_code: 'lighting',
      lat: '59.21',
      long: '17.95',
      description: 'Dark',
    };
    const cases: [Record<string, string>, number, string][] = [
      [{ ...ok, service_code: 'no_such' }, 404, 'service_code'],
      [{ ...ok, service_code: '' }, 400, 'service_code'],
      [{ api_key: org.apiKey, service_code: 'lighting', description: 'Dark' }, 400, 'lat'],
      [{ ...ok, long: '' }, 400, 'long'],
      [{ ...ok, lat: 'north' }, 400, 'lat'],
      [{ ...ok, description: 'x'.repeat(2001) }, 400, 'description'],
      [{ ...ok, email: 'not an address' }, 400, 'email'],
      [{ ...ok, 'attribute[client_request_id]': 'abc' }, 400, 'attribute[client_request_id]'],
      [{ ...ok, 'attribute[entrance_token]': 'no-such-token' }, 400, 'attribute[entrance_token]'],
    ];
    for (const [fields, status, field] of cases) {
      const response = await postForm(app, `${base}/requests.json`, fields);
      expect(response.statusCode, `${JSON.stringify(fields)}: ${response.body}`).toBe(status);
      expect(response.json()[0].description).toContain(field);
    }
    const count = await app.db
      .select()
      .from(reports)
      .where(eq(reports.organizationId, org.admin.organizationId));
    expect(count).toHaveLength(0);
  });

  it('files a request once however often it is retried with the same client_request_id', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const id = newId();
    const fields = {
      api_key: org.apiKey,
      service_code: 'lighting',
      address_string: 'Storgatan 1, behind the laundry',
      description: 'Dark path',
      'attribute[client_request_id]': id,
    };
    const first = await postForm(app, `${base}/requests.json`, fields);
    const again = await postForm(app, `${base}/requests.json`, fields);
    expect(first.statusCode, first.body).toBe(201);
    expect(again.statusCode, again.body).toBe(200);
    expect(first.json()[0].service_request_id).toBe(id);
    expect(again.json()[0].service_request_id).toBe(id);
    const rows = await app.db
      .select()
      .from(reports)
      .where(eq(reports.organizationId, org.admin.organizationId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.locationText).toBe('Storgatan 1, behind the laundry');

    const changed = await postForm(app, `${base}/requests.json`, {
      ...fields,
      description: 'Something else',
    });
    expect(changed.statusCode).toBe(409);
  });

  it('records contact details with consent only when an e-mail or phone is given', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const base311 = {
      api_key: org.apiKey,
      service_code: 'litter',
      address_string: 'Gården',
      description: 'Bags',
    };
    const anonymous = await postForm(app, `${base}/requests.json`, { ...base311, first_name: 'Ada' });
    const named = await postForm(app, `${base}/requests.json`, {
      ...base311,
      first_name: 'Ada',
      last_name: 'Lund',
      email: 'ada@example.com',
      phone: '+46 70 123 45 67',
    });
    const anonymousRow = await reportRow(
      app,
      org.admin.organizationId,
      anonymous.json()[0].service_request_id,
    );
    const namedRow = await reportRow(app, org.admin.organizationId, named.json()[0].service_request_id);
    expect(anonymousRow).toMatchObject({ reporterName: null, reporterEmail: null, contactConsentAt: null });
    expect(namedRow).toMatchObject({
      reporterName: 'Ada Lund',
      reporterEmail: 'ada@example.com',
      reporterPhone: '+46 70 123 45 67',
      contactConsentAt: expect.any(Date),
    });
  });
});
