import { beforeAll, describe, expect, it } from 'vitest';
import { browser, login } from '../../modules/session/testing';
import { createOrganization, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createSession } from './sessions';

describe('the access step before validation', () => {
  // The worker's app and database start once, under the hook timeout rather than a test's.
  beforeAll(async () => {
    await testApp();
  });

  it('answers 403 to a state change without the CSRF token even when its body is invalid or broken', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const withoutToken = { 'x-csrf-token': '' };
    const invalid = await admin.request({
      method: 'POST',
      url: '/api/areas',
      payload: {},
      headers: withoutToken,
    });
    expect(invalid.statusCode, invalid.body).toBe(403);
    expect(invalid.json().error.code).toBe('csrf_failed');
    const broken = await admin.request({
      method: 'POST',
      url: '/api/areas',
      payload: '{"name":',
      headers: { ...withoutToken, 'content-type': 'application/json' },
    });
    expect(broken.statusCode, broken.body).toBe(403);
    // With the token the same body is judged on its fields.
    const judged = await admin.post('/api/areas', {});
    expect(judged.statusCode).toBe(400);
    expect(judged.json().error.code).toBe('validation_failed');
  });

  it('answers 401 without login and 403 to a role without the permission before looking at the body', async () => {
    const app = await testApp();
    const anonymous = await app.inject({ method: 'POST', url: '/api/areas', payload: { name: 12 } });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('not_authenticated');
    const viewer = await loginAs(app, 'viewer');
    const refused = await viewer.post('/api/areas', { name: 12 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
  });

  it('lets a session awaiting its second factor reach only the session routes', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const token = await createSession(app.db, app.config, {
      userId: admin.userId,
      organizationId: admin.organizationId,
      awaitingTwoFactor: true,
    });
    const half = browser(app);
    half.token = token;
    const session = await half.request({ method: 'GET', url: '/api/session' });
    expect(session.json()).toMatchObject({ awaitingTwoFactor: true });
    const users = await half.request({ method: 'GET', url: '/api/users' });
    expect(users.statusCode).toBe(401);
    expect(users.json().error.code).toBe('two_factor_required');
    // The code route is reached (the user has no TOTP, so the step itself refuses), not shut by the hook.
    const code = await half.request({
      method: 'POST',
      url: '/api/session/two-factor',
      payload: { code: '123456' },
    });
    expect(code.json().error.code).not.toBe('not_authenticated');
    expect(code.json().error.code).not.toBe('two_factor_required');
    expect((await half.request({ method: 'POST', url: '/api/session/logout' })).statusCode).toBe(204);
  });

  it('lets an admin who must enrol in two-factor reach enrolment, and nothing else', async () => {
    const app = await testApp();
    const org = await createOrganization(app, { requireTwoFactor: true });
    const user = await createUser(app, { organizationId: org.id, role: 'admin' });
    const b = browser(app);
    expect((await login(b, user.email)).json()).toMatchObject({ mustEnrollTwoFactor: true });
    expect((await b.request({ method: 'POST', url: '/api/account/two-factor/setup' })).statusCode).toBe(200);
    const users = await b.request({ method: 'GET', url: '/api/users' });
    expect(users.statusCode).toBe(401);
    expect(users.json().error.code).toBe('two_factor_required');
  });
});

describe('Cache-Control on API responses', () => {
  it('is no-store on every answer to a session: the session with its CSRF token, lists, files, errors', async () => {
    const app = await testApp();
    const b = browser(app);
    const admin = await createUser(app, {
      organizationId: (await createOrganization(app)).id,
      role: 'admin',
    });
    const loggedIn = await login(b, admin.email);
    expect(loggedIn.json().csrfToken).toEqual(expect.any(String));
    expect(loggedIn.headers['cache-control']).toBe('no-store');
    for (const url of [
      '/api/session',
      '/api/users',
      '/api/reports',
      '/api/areas',
      '/api/audit',
      '/api/nothing',
    ]) {
      const response = await b.request({ method: 'GET', url });
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const file = await b.request({ method: 'GET', url: '/api/reports/export?format=csv' });
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toContain('no-store');
  });

  it('is no-store on public API answers too, unless a public route chose its own caching', async () => {
    const app = await testApp();
    for (const url of ['/api/session', '/api/client-config', '/api/health', '/api/users']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
  });
});
