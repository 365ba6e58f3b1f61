import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe('./data');
    expect(config.COOKIE_SECURE).toBe(true);
  });

  it('names every bad variable in one message', () => {
    const bad = {
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      COOKIE_SECURE: 'maybe',
      SMTP_URL: 'http://mail',
    };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    try {
      loadConfig(bad);
    } catch (error) {
      const message = (error as Error).message;
      for (const name of Object.keys(bad)) expect(message).toContain(name);
      expect(message).toContain('must start with postgres://');
    }
  });

  it('takes a relative WEB_DIST from the working directory (static files need an absolute path)', () => {
    expect(loadConfig({ WEB_DIST: 'web/dist-b' }).WEB_DIST).toBe(path.resolve('web/dist-b'));
    expect(loadConfig({ WEB_DIST: '/srv/trygg/web' }).WEB_DIST).toBe('/srv/trygg/web');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('reads TRUST_PROXY as Fastify trustProxy: off by default, true, a hop count or addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.1, 172.16.0.0/12,fd00::/8, loopback ' }).TRUST_PROXY).toEqual([
      '10.0.0.1',
      '172.16.0.0/12',
      'fd00::/8',
      'loopback',
    ]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/255.0.0.0' }).TRUST_PROXY).toEqual(['10.0.0.0/255.0.0.0']);
  });

  it('names the bad entries of TRUST_PROXY', () => {
    for (const bad of ['yes', '10.0.0.1,proxy.local', '10.0.0.0/33', '1.2.3', '-1', '10.0.0.1,']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY: must be true, a hop count/);
    }
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.1,proxy.local' })).toThrow(/not proxy\.local/);
  });
});
