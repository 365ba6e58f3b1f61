import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { clientIp, open311Organization, parseXml, postForm } from './test-open311';

const base = '/api/open311/v2';

describe('Open311 rate limits', () => {
  // Starting the database (migrations) takes seconds on a busy machine: not part of any test's time.
  beforeAll(async () => {
    await testApp();
  });

  it('limits filing to 60 requests a minute per api_key, from any address', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    // Missing service_code: refused after the key check, so the limit is counted without filing anything.
    const fields = { api_key: org.apiKey, address_string: 'Gården', description: 'x' };
    for (let i = 0; i < 60; i++) {
      const response = await postForm(app, `${base}/requests.json`, fields);
      expect(response.statusCode).toBe(400);
    }
    const limited = await postForm(app, `${base}/requests.xml`, fields);
    expect(limited.statusCode).toBe(429);
    expect(parseXml(limited.body)).toHaveProperty('errors');
    const otherKey = await postForm(app, `${base}/requests.json`, { ...fields, api_key: 'another' });
    expect(otherKey.statusCode).toBe(403);
  });

  it('limits filing to 120 requests a minute per client address, whatever api_key is sent', async () => {
    const app = await testApp();
    const ip = '10.31.200.1';
    const fields = { address_string: 'Gården', description: 'x' };
    const randomKey = () => `made-up-${Math.random().toString(36).slice(2)}`;
    for (let i = 0; i < 120; i++) {
      const response = await postForm(app, `${base}/requests.json`, { ...fields, api_key: randomKey() }, ip);
      expect(response.statusCode).toBe(403);
    }
    const limited = await postForm(app, `${base}/requests.json`, { ...fields, api_key: randomKey() }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()[0]).toMatchObject({ code: 429 });
    const elsewhere = await postForm(app, `${base}/requests.json`, { ...fields, api_key: randomKey() });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('limits reads per client address over all read routes and both formats', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const ip = clientIp();
    for (let i = 0; i < 120; i++) {
      const format = i % 2 ? 'xml' : 'json';
      const response = await app.inject({ url: `${base}/discovery.${format}`, remoteAddress: ip });
      expect(response.statusCode).toBe(200);
    }
    const limited = await app.inject({
      url: `${base}/services.json?jurisdiction_id=${org.slug}`,
      remoteAddress: ip,
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()[0]).toMatchObject({ code: 429 });
  });
});
