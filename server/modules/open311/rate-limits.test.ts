import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { clientIp, open311Organization, parseXml, postForm } from './test-open311';

const base = '/api/open311/v2';

describe('Open311 rate limits', () => {
  // Starting the database (migrations) takes seconds on a busy machine: not part of any test's time.
  beforeAll(async () => {
    await testApp();
  });

  it('limits filing to 60 valid requests a minute per api_key, from any address; invalid ones do not count', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const valid = { api_key: org.apiKey, service_code: 'litter', address_string: 'Gården', description: 'x' };
    // Missing service_code: refused after the key check, and given back to the key's quota.
    const invalid = { api_key: org.apiKey, address_string: 'Gården', description: 'x' };
    for (let i = 0; i < 10; i++) {
      const response = await postForm(app, `${base}/requests.json`, invalid);
      expect(response.statusCode).toBe(400);
    }
    for (let i = 0; i < 60; i++) {
      const response = await postForm(app, `${base}/requests.json`, valid);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.headers['x-ratelimit-limit']).toBe('60');
      expect(response.headers['x-ratelimit-remaining']).toBe(String(59 - i));
    }
    const limited = await postForm(app, `${base}/requests.xml`, valid);
    expect(limited.statusCode).toBe(429);
    const parsed = parseXml(limited.body) as { errors: { error: { code: string; description: string }[] } };
    expect(parsed.errors.error[0]?.description).toContain('the limit per api_key is reached');
    expect(limited.headers).toMatchObject({
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '0',
      'retry-after': expect.any(String),
    });
    const otherKey = await postForm(app, `${base}/requests.json`, { ...valid, api_key: 'another' });
    expect(otherKey.statusCode).toBe(403);
  });

  it('limits filing to 120 requests a minute per client address, whatever api_key is sent, and says so', async () => {
    const app = await testApp();
    const ip = '10.31.200.1';
    const fields = { address_string: 'Gården', description: 'x' };
    const randomKey = () => `made-up-${Math.random().toString(36).slice(2)}`;
    for (let i = 0; i < 120; i++) {
      const response = await postForm(app, `${base}/requests.json`, { ...fields, api_key: randomKey() }, ip);
      expect(response.statusCode).toBe(403);
      // Each made-up key has its own 60, which is nearer to running out than the address's 120.
      expect(response.headers['x-ratelimit-remaining']).toBe(String(Math.min(59, 119 - i)));
    }
    const limited = await postForm(app, `${base}/requests.json`, { ...fields, api_key: randomKey() }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()[0]).toEqual({
      code: 429,
      description: expect.stringContaining('the limit per client address is reached'),
    });
    expect(limited.headers).toMatchObject({
      'x-ratelimit-remaining': '0',
      'retry-after': expect.any(String),
    });
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
    expect(limited.json()[0]).toMatchObject({ code: 429, description: expect.stringContaining('reads') });
    expect(limited.headers['x-ratelimit-limit']).toBe('120');
  });
});
