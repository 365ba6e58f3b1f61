import { beforeAll, describe, expect, it } from 'vitest';
import { tenantClient } from '../modules/public-reports/test-public';
import { testApp } from '../testing/test-app';

async function send(payload: string, language: string) {
  const app = await testApp();
  return tenantClient(app).request({
    method: 'POST',
    url: '/api/public/reports',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    payload,
  });
}

describe('JSON bodies', () => {
  // The worker's app and database start once, under the hook timeout rather than a test's.
  beforeAll(async () => {
    await testApp();
  });

  it('says a __proto__ key is not allowed, in Swedish and English, rather than "not valid JSON"', async () => {
    const body = '{"organization":"x","__proto__":{"isAdmin":true}}';
    const sv = await send(body, 'sv-SE');
    expect(sv.statusCode).toBe(400);
    expect(sv.json().error).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: '(body)', message: 'innehåller nyckeln __proto__, som inte är tillåten' }],
    });
    const en = await send(body, 'en');
    expect(en.json().error.issues).toEqual([
      { path: '(body)', message: 'contains the key __proto__, which is not allowed' },
    ]);
  });

  it('finds a __proto__ key spelt with escapes, which is the same key once parsed', async () => {
    const escaped = await send('{"organization":"x","\\u005f_proto__":{"isAdmin":true}}', 'en');
    expect(escaped.statusCode).toBe(400);
    expect(escaped.json().error.issues[0].message).toBe('contains the key __proto__, which is not allowed');
  });

  it('names constructor.prototype the same way, and tells broken and empty JSON apart', async () => {
    const poisoned = await send('{"a":{"constructor":{"prototype":{"x":1}}}}', 'en');
    expect(poisoned.statusCode).toBe(400);
    expect(poisoned.json().error.issues[0].message).toBe(
      'contains the key constructor.prototype, which is not allowed',
    );
    const broken = await send('{"unterminated', 'en');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.issues[0].message).toBe('is not valid JSON');
    const empty = await send('', 'sv');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.issues[0].message).toBe('är tom, men angavs som JSON');
  });

  it('still takes a body that only mentions the words in its values', async () => {
    const response = await send('{"description":"__proto__ constructor"}', 'en');
    expect(response.statusCode).toBe(400);
    // Refused for the missing fields, not for the words.
    expect(JSON.stringify(response.json().error.issues)).not.toContain('not allowed');
  });
});
