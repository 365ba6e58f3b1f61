import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { addMembership, createOrganization, createUser } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { browser, login, randomIp } from './testing';

// Started before the tests, so a slow database start does not count against the first test's time.
beforeAll(async () => {
  await testApp();
});

describe('POST /api/session/login', () => {
  it('logs in with a case-insensitive e-mail and sets a __Host- cookie that scripts cannot read', async () => {
    const app = await testApp();
    const org = await createOrganization(app, { name: 'Alfa Bostäder' });
    const user = await createUser(app, { organizationId: org.id, role: 'admin' });
    const b = browser(app);
    const response = await login(b, `  ${user.email.toUpperCase()} `);
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-trygg_session=[\w-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    const view = response.json();
    expect(view.user.email).toBe(user.email);
    expect(view.organization).toEqual({ id: org.id, name: 'Alfa Bostäder' });
    expect(view.roles).toEqual(['admin']);
    expect(view.abilities).toEqual(expect.arrayContaining(['user.manage', 'audit.read']));
    expect(view.csrfToken).toEqual(expect.any(String));
    const me = await b.request({ method: 'GET', url: '/api/session' });
    expect(me.json().user.id).toBe(user.id);
  });

  it('answers the same 401 for a wrong password, an unknown e-mail and a disabled account', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const disabled = await createUser(app, { organizationId: org.id, role: 'viewer' });
    await app.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    const attempts = [
      await login(browser(app), user.email, 'not the password at all'),
      await login(browser(app), 'nobody-here@test.trygg.local'),
      await login(browser(app), disabled.email),
    ];
    for (const response of attempts) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('invalid_credentials');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('issues a new session token at every login and ends the previous one', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const b = browser(app);
    await login(b, user.email);
    const first = b.token;
    await login(b, user.email);
    expect(b.token).toEqual(expect.any(String));
    expect(b.token).not.toBe(first);
    const old = await app.inject({
      method: 'GET',
      url: '/api/session',
      cookies: { '__Host-trygg_session': String(first) },
    });
    expect(old.json().user).toBeNull();
  });

  it('refuses a login posted from another site', async () => {
    const app = await testApp();
    const response = await app.inject({
      method: 'POST',
      url: '/api/session/login',
      remoteAddress: randomIp(),
      headers: { origin: 'https://evil.example', host: 'localhost:80' },
      payload: { email: 'x@test.trygg.local', password: 'whatever it is' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_failed');
  });

  it('starts in the first organization by name and switches only to organizations of the user', async () => {
    const app = await testApp();
    const later = await createOrganization(app, { name: 'Öbo' });
    const first = await createOrganization(app, { name: 'Bo Alfa' });
    const foreign = await createOrganization(app);
    const user = await createUser(app, { organizationId: later.id, role: 'viewer' });
    await addMembership(app, { organizationId: first.id, userId: user.id, role: 'guard' });
    const b = browser(app);
    const view = (await login(b, user.email)).json();
    expect(view.organization.id).toBe(first.id);
    expect(view.organizations.map((o: { id: string }) => o.id)).toEqual([first.id, later.id]);
    const switched = await b.request({
      method: 'POST',
      url: '/api/session/organization',
      payload: { organizationId: later.id },
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ organization: { id: later.id }, roles: ['viewer'] });
    const refused = await b.request({
      method: 'POST',
      url: '/api/session/organization',
      payload: { organizationId: foreign.id },
    });
    expect(refused.statusCode).toBe(404);
  });
});

describe('session lifetime', () => {
  it('answers logged out after logout and requires the CSRF token to log out', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const b = browser(app);
    await login(b, user.email);
    const forged = await b.request({
      method: 'POST',
      url: '/api/session/logout',
      headers: { 'x-csrf-token': '' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_failed');
    const token = b.token;
    const out = await b.request({ method: 'POST', url: '/api/session/logout' });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/__Host-trygg_session=;/);
    const after = await app.inject({
      method: 'GET',
      url: '/api/session',
      cookies: { '__Host-trygg_session': String(token) },
    });
    expect(after.json()).toMatchObject({ user: null, csrfToken: null, abilities: [] });
  });

  it('ends a session that has been idle longer than SESSION_IDLE_MINUTES', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const b = browser(app);
    await login(b, user.email);
    const idle = app.config.SESSION_IDLE_MINUTES + 1;
    await app.db.execute(
      sql`update sessions set last_seen_at = now() - make_interval(mins => ${idle}) where user_id = ${user.id}`,
    );
    expect((await b.request({ method: 'GET', url: '/api/session' })).json().user).toBeNull();
  });
});
