import { describe, expect, it } from 'vitest';
import { isolatedTestApp, testApp } from '../../testing/test-app';

describe('GET /api/client-config', () => {
  it('has no base map by default', async () => {
    const app = await testApp();
    const response = await app.inject({ method: 'GET', url: '/api/client-config' });
    expect(response.json()).toEqual({ mapStyleUrl: null, demoMode: false, mailDelivery: 'none' });
  });

  it('passes MAP_STYLE_URL to the web app and allows it in the CSP', async () => {
    const app = await isolatedTestApp({ MAP_STYLE_URL: 'https://tiles.example.se/style.json' });
    const response = await app.inject({ method: 'GET', url: '/api/client-config' });
    expect(response.json()).toMatchObject({ mapStyleUrl: 'https://tiles.example.se/style.json' });
    expect(response.headers['content-security-policy']).toContain('https://tiles.example.se');
    await app.close();
  });
});
