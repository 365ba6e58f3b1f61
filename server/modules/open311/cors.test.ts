import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { clientIp, open311Organization } from './test-open311';

const base = '/api/open311/v2';
const origin = 'https://karta.kommun.example';

describe('Open311 CORS', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('lets any site read services, requests and discovery, in both formats, without credentials', async () => {
    const app = await testApp();
    const org = await open311Organization(app);
    const q = `jurisdiction_id=${org.slug}`;
    for (const path of [
      `discovery.json`,
      `discovery.xml`,
      `services.json?${q}`,
      `services.xml?${q}`,
      `requests.json?${q}`,
      `requests.xml?${q}`,
      `servicerequestupdates.json?${q}`,
    ]) {
      const response = await app.inject({
        url: `${base}/${path}`,
        headers: { origin },
        remoteAddress: clientIp(),
      });
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['access-control-allow-origin'], path).toBe('*');
      expect(response.headers['access-control-allow-credentials'], path).toBeUndefined();
      // helmet's same-origin default would keep the answer from other sites' pages.
      expect(response.headers['cross-origin-resource-policy'], path).toBe('cross-origin');
      expect(response.headers['access-control-expose-headers'], path).toContain('x-ratelimit-remaining');
    }
  });

  it('answers a preflight for reads, and none for writes', async () => {
    const app = await testApp();
    const preflight = (method: string) =>
      app.inject({
        method: 'OPTIONS',
        url: `${base}/requests.json`,
        headers: {
          origin,
          'access-control-request-method': method,
          'access-control-request-headers': 'accept-language',
        },
        remoteAddress: clientIp(),
      });
    const read = await preflight('GET');
    expect(read.statusCode).toBe(204);
    expect(read.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-allow-headers': expect.stringContaining('accept-language'),
    });
    const write = await preflight('POST');
    expect(write.headers['access-control-allow-origin']).toBeUndefined();
    expect(write.headers['access-control-allow-methods']).toBeUndefined();

    const post = await app.inject({
      method: 'POST',
      url: `${base}/requests.json`,
      payload: 'service_code=lighting',
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: clientIp(),
    });
    expect(post.statusCode).toBe(403);
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps the rest of the API same-origin', async () => {
    const app = await testApp();
    const response = await app.inject({
      url: '/api/session',
      headers: { origin },
      remoteAddress: clientIp(),
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});
