import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { createOrganization, createUser } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { type Browser, browser, login, randomIp } from '../session/testing';

/**
 * A code for the step `offset` away from now. Each step is accepted once, so a test uses
 * -1, 0, +1 in turn; it waits out the last second of a step so the server sees the same one.
 */
async function codeFor(secret: string, offset = 0) {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 1500) await new Promise((resolve) => setTimeout(resolve, left + 50));
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offset * 30_000,
  });
}

async function enrol(b: Browser) {
  const setup = await b.request({ method: 'POST', url: '/api/account/two-factor/setup' });
  expect(setup.statusCode).toBe(200);
  const { secret, otpauthUrl, qrSvg } = setup.json();
  expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Trygg:/);
  expect(qrSvg).toContain('<svg');
  const wrong = await b.request({
    method: 'POST',
    url: '/api/account/two-factor/enable',
    payload: { code: await codeFor(secret, 5) },
  });
  expect(wrong.statusCode).toBe(400);
  expect(wrong.json().error.issues[0].path).toBe('code');
  const enabled = await b.request({
    method: 'POST',
    url: '/api/account/two-factor/enable',
    payload: { code: await codeFor(secret, -1) },
  });
  expect(enabled.statusCode).toBe(200);
  expect(enabled.json()).toMatchObject({ user: { totpEnabled: true }, mustEnrollTwoFactor: false });
  return secret as string;
}

// Started before the tests, so a slow database start does not count against the first test's time.
beforeAll(async () => {
  await testApp();
});

describe('two-factor authentication', () => {
  it('enrols with a TOTP app, then asks for a code at login before granting anything', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'safety_coordinator' });
    const b = browser(app);
    await login(b, user.email);
    const secret = await enrol(b);
    // The secret is never shown again once enabled.
    expect((await b.request({ method: 'POST', url: '/api/account/two-factor/setup' })).statusCode).toBe(409);

    const next = browser(app);
    const pending = (await login(next, user.email)).json();
    expect(pending).toMatchObject({ awaitingTwoFactor: true, organization: null, abilities: [] });
    const halfToken = next.token;
    expect((await next.request({ method: 'GET', url: '/api/organization' })).statusCode).toBe(401);
    const bad = await next.request({
      method: 'POST',
      url: '/api/session/two-factor',
      payload: { code: '000000' },
    });
    expect(bad.json().error.code).toBe('invalid_credentials');
    const code = await codeFor(secret);
    const done = await next.request({ method: 'POST', url: '/api/session/two-factor', payload: { code } });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ awaitingTwoFactor: false, organization: { id: org.id } });
    expect(next.token).not.toBe(halfToken);
    expect((await next.request({ method: 'GET', url: '/api/organization' })).statusCode).toBe(200);

    // A code that was seen once (over a shoulder, in a proxy log) does not open a second session.
    const replay = browser(app);
    await login(replay, user.email);
    const again = await replay.request({ method: 'POST', url: '/api/session/two-factor', payload: { code } });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('invalid_credentials');
  });

  it('throttles wrong codes like wrong passwords, and a right password does not start them afresh', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const first = browser(app);
    await login(first, user.email);
    const secret = await enrol(first);
    const code = await codeFor(secret);
    const ip = randomIp();
    const b = browser(app, ip);
    expect((await login(b, user.email)).json().awaitingTwoFactor).toBe(true);
    const statuses: number[] = [];
    for (let i = 0; i < app.config.LOGIN_MAX_FAILURES; i++) {
      const wrong = await b.request({
        method: 'POST',
        url: '/api/session/two-factor',
        payload: { code: '000000' },
      });
      statuses.push(wrong.statusCode);
    }
    // The password step counted as the first attempt, so the last code asked for is refused unchecked.
    expect(statuses).toEqual([...Array(app.config.LOGIN_MAX_FAILURES - 1).fill(401), 429]);
    const right = await b.request({ method: 'POST', url: '/api/session/two-factor', payload: { code } });
    expect(right.statusCode).toBe(429);
    expect(right.headers['retry-after']).toEqual(expect.any(String));
    expect((await login(browser(app, ip), user.email)).statusCode).toBe(429);
  });

  it('forces admins to enrol when the organization requires it, and forbids turning it off', async () => {
    const app = await testApp();
    const org = await createOrganization(app, { requireTwoFactor: true });
    const admin = await createUser(app, { organizationId: org.id, role: 'admin' });
    const b = browser(app);
    const view = (await login(b, admin.email)).json();
    expect(view.mustEnrollTwoFactor).toBe(true);
    const blocked = await b.request({ method: 'GET', url: '/api/users' });
    expect(blocked.json().error.code).toBe('two_factor_required');
    const secret = await enrol(b);
    expect((await b.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    const disable = await b.request({
      method: 'POST',
      url: '/api/account/two-factor/disable',
      payload: { code: await codeFor(secret) },
    });
    expect(disable.statusCode).toBe(403);
  });

  it('lets a user whose organization does not require it turn it off with a code', async () => {
    const app = await testApp();
    const org = await createOrganization(app, { requireTwoFactor: true });
    const viewer = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const b = browser(app);
    expect((await login(b, viewer.email)).json().mustEnrollTwoFactor).toBe(false);
    const secret = await enrol(b);
    const off = await b.request({
      method: 'POST',
      url: '/api/account/two-factor/disable',
      payload: { code: await codeFor(secret) },
    });
    expect(off.json().user.totpEnabled).toBe(false);
    const [row] = await app.db.select().from(users).where(eq(users.id, viewer.id));
    expect(row.totpSecret).toBeNull();
  });
});
