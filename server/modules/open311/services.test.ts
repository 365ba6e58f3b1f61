import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { clientIp, open311Organization, parseXml } from './test-open311';

const base = '/api/open311/v2';

describe('Open311 discovery, services and service definitions', () => {
  // Starting the database (migrations) takes seconds on a busy machine: not part of any test's time.
  beforeAll(async () => {
    await testApp();
  });

  it('serves the discovery document in JSON and XML', async () => {
    const app = await testApp();
    const json = await app.inject({ url: `${base}/discovery.json`, remoteAddress: clientIp() });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const doc = json.json();
    expect(doc.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      type: 'production',
      formats: ['text/xml', 'application/json'],
    });
    expect(doc.endpoints[0].url).toMatch(/\/api\/open311\/v2$/);
    expect(doc).toHaveProperty('changeset');
    expect(doc).toHaveProperty('key_service');

    const xml = await app.inject({ url: `${base}/discovery.xml`, remoteAddress: clientIp() });
    expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
    const parsed = parseXml(xml.body) as {
      discovery: { endpoints: { endpoint: { formats: { format: string[] } }[] } };
    };
    expect(parsed.discovery.endpoints.endpoint[0]?.formats.format).toEqual(['text/xml', 'application/json']);
  });

  it('lists the categories as services, restricted ones included for filing', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const json = await app.inject({
      url: `${base}/services.json?jurisdiction_id=${org.slug}`,
      remoteAddress: clientIp(),
    });
    expect(json.statusCode, json.body).toBe(200);
    const services = json.json() as {
      service_code: string;
      service_name: string;
      metadata: boolean;
      type: string;
    }[];
    const codes = services.map((s) => s.service_code);
    expect(codes).toEqual(
      expect.arrayContaining(['lighting', 'graffiti_vandalism', 'disturbance', 'subletting']),
    );
    const lighting = services.find((s) => s.service_code === 'lighting');
    expect(lighting).toMatchObject({ metadata: true, type: 'realtime' });
    expect(lighting).toHaveProperty('keywords');
    expect(lighting).toHaveProperty('group');

    const english = await app.inject({
      url: `${base}/services.json?jurisdiction_id=${org.slug}&locale=en`,
      remoteAddress: clientIp(),
    });
    const englishLighting = (english.json() as { service_code: string; service_name: string }[]).find(
      (s) => s.service_code === 'lighting',
    );
    expect(englishLighting?.service_name).not.toBe(lighting?.service_name);

    const xml = await app.inject({
      url: `${base}/services.xml?jurisdiction_id=${org.slug}`,
      remoteAddress: clientIp(),
    });
    const parsed = parseXml(xml.body) as { services: { service: Record<string, string>[] } };
    expect(parsed.services.service.map((s) => s.service_code)).toEqual(codes);
    expect(parsed.services.service[0]?.metadata).toBe('true');
  });

  it('describes a service with its optional attributes', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const json = await app.inject({
      url: `${base}/services/lighting.json?jurisdiction_id=${org.slug}&locale=en`,
      remoteAddress: clientIp(),
    });
    expect(json.statusCode, json.body).toBe(200);
    const definition = json.json();
    expect(definition.service_code).toBe('lighting');
    const token = definition.attributes.find((a: { code: string }) => a.code === 'entrance_token');
    expect(token).toEqual({
      variable: true,
      code: 'entrance_token',
      datatype: 'string',
      required: false,
      datatype_description: expect.any(String),
      order: 1,
      description: 'Entrance QR code',
      values: [],
    });
    expect(definition.attributes.map((a: { code: string }) => a.code)).toEqual([
      'entrance_token',
      'location_text',
      'client_request_id',
    ]);

    const xml = await app.inject({
      url: `${base}/services/lighting.xml?jurisdiction_id=${org.slug}`,
      remoteAddress: clientIp(),
    });
    const parsed = parseXml(xml.body) as {
      service_definition: { service_code: string; attributes: { attribute: Record<string, string>[] } };
    };
    expect(parsed.service_definition.service_code).toBe('lighting');
    expect(parsed.service_definition.attributes.attribute[0]).toMatchObject({
      variable: 'true',
      code: 'entrance_token',
      required: 'false',
      order: '1',
    });
  });

  it('answers errors as Open311 error arrays in the asked format', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    await open311Organization(app); // more than one organization: jurisdiction_id is needed

    const unknownService = await app.inject({
      url: `${base}/services/no_such.json?jurisdiction_id=${org.slug}`,
      remoteAddress: clientIp(),
    });
    expect(unknownService.statusCode).toBe(404);
    expect(unknownService.json()).toEqual([
      { code: 404, description: expect.stringContaining('service_code') },
    ]);

    const missing = await app.inject({ url: `${base}/services.xml`, remoteAddress: clientIp() });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toBe('text/xml; charset=utf-8');
    const parsed = parseXml(missing.body) as { errors: { error: { code: string; description: string }[] } };
    expect(parsed.errors.error[0]?.code).toBe('400');
    expect(parsed.errors.error[0]?.description).toContain('jurisdiction_id');

    const unknown = await app.inject({
      url: `${base}/services.json?jurisdiction_id=nowhere`,
      remoteAddress: clientIp(),
    });
    expect(unknown.statusCode).toBe(404);

    const noRoute = await app.inject({ url: `${base}/nothing.xml`, remoteAddress: clientIp() });
    expect(noRoute.statusCode).toBe(404);
    expect(parseXml(noRoute.body)).toHaveProperty('errors');

    const badDate = await app.inject({
      url: `${base}/requests.json?jurisdiction_id=${org.slug}&start_date=yesterday`,
      remoteAddress: clientIp(),
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()[0].description).toContain('start_date');
  });

  it('takes the jurisdiction from the session of a logged-in staff member', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const response = await org.admin.get(`${base}/services.json`);
    expect(response.statusCode, response.body).toBe(200);
  });
});
