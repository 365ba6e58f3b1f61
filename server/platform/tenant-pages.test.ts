import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedTestApp } from '../testing/test-app';

describe('tenant pages', () => {
  let app: FastifyInstance;
  let dist: string;
  beforeAll(async () => {
    // A stand-in web build: which HTML a path gets is what is tested, not the build.
    dist = mkdtempSync(path.join(tmpdir(), 'trygg-dist-'));
    writeFileSync(path.join(dist, 'index.html'), '<p>staff app</p>');
    writeFileSync(path.join(dist, 'tenant.html'), '<p>tenant pages</p>');
    app = await isolatedTestApp({ WEB_DIST: dist });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    '/e/abc',
    '/report/botkyrkabyggen',
    '/r/QPJ3P-FVMMG',
    '/s',
    '/s/K7PM-3QXD-9TFA',
    '/s/open/cefFUNr93OdcwRN3p_8Gvw',
    // The old form: the page says kindly that the link was replaced.
    '/s/open/01900000-0000-7000-8000-00000000a001/cefFUNr93OdcwRN3p_8Gvw',
    '/privacy',
    '/privacy/botkyrkabyggen',
  ])('%s gets the light tenant entry, never cached', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('tenant pages');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('leaves every other page to the staff app', async () => {
    const response = await app.inject({ method: 'GET', url: '/areas' });
    expect(response.body).toContain('staff app');
  });
});
