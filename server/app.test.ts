import { describe, expect, it } from 'vitest';
import { randomIp } from './modules/session/testing';
import { loginAs } from './testing/factories';
import { isolatedTestApp, testApp } from './testing/test-app';

describe('the HTTP baseline', () => {
  it('answers unknown API routes with a JSON 404 in the asked language', async () => {
    const app = await testApp();
    const response = await app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-language': 'sv-SE' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Det du söker finns inte.' } });
  });

  it('rejects oversized bodies with 413', async () => {
    const app = await isolatedTestApp({ BODY_LIMIT_BYTES: 2048 });
    const response = await app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: JSON.stringify({ blob: 'x'.repeat(4096) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
    await app.close();
  });

  it('rejects malformed JSON with 400, not 500', async () => {
    const app = await testApp();
    const response = await app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: '{"unterminated',
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });

  it('answers text that PostgreSQL cannot store (NUL, lone surrogates) with 400 naming the field', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const nul = await admin.patch('/api/organization', { name: 'Bad\u0000name' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.issues).toEqual([
      { path: 'name', message: 'contains characters that cannot be stored' },
    ]);
    const surrogate = await app.inject({
      method: 'POST',
      url: '/api/session/login',
      remoteAddress: randomIp(),
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"a\\ud800@x.se","password":"x"}',
    });
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.json().error.issues[0].path).toBe('email');
  });

  it('serves the OpenAPI 3.1 document at /api/docs/json', async () => {
    const app = await testApp();
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(response.json().openapi).toBe('3.1.0');
    expect(Object.keys(response.json().paths)).toContain('/api/health');
  });
});
