import { eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginThrottles } from '../../db/schema';
import { newId } from '../../platform/ids';
import { createOrganization, createUser, testPassword } from '../../testing/factories';
import { isolatedTestApp, testApp } from '../../testing/test-app';
import { deleteStaleLoginThrottles } from './login-throttle';
import { browser, login, randomIp } from './testing';

const wrong = 'not the password at all';
const unknownEmail = () => `nobody-${newId()}@test.trygg.local`;
const attempt = (app: FastifyInstance, ip: string, email: string, password = testPassword, locale = 'sv') =>
  browser(app, ip).request({
    method: 'POST',
    url: '/api/session/login',
    headers: { 'accept-language': locale },
    payload: { email, password },
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function userIn(app: FastifyInstance) {
  const org = await createOrganization(app);
  return createUser(app, { organizationId: org.id, role: 'viewer' });
}

// Started before the tests, so a slow database start does not count against a test's time.
let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});

describe('login throttling per account and address', () => {
  it('answers an unknown e-mail exactly like a real account, throttled or not', async () => {
    const user = await userIn(app);
    const nobody = unknownEmail();
    const attacker = randomIp();
    // Real account and unknown e-mail side by side, at the same moments, from the same address.
    for (let step = 0; step < 12; step++) {
      const [real, unknown] = await Promise.all([
        attempt(app, attacker, user.email, wrong),
        attempt(app, attacker, nobody, wrong),
      ]);
      expect(real.statusCode).toBe(unknown.statusCode);
      expect(real.json()).toEqual(unknown.json());
      if (real.statusCode === 429) break;
      expect(real.json().error.code).toBe('invalid_credentials');
    }
    // Even the right password waits now, and the answer is the unknown e-mail's, word for word.
    const [real, unknown] = await Promise.all([
      attempt(app, attacker, user.email),
      attempt(app, attacker, nobody, testPassword),
    ]);
    expect(real.statusCode).toBe(429);
    expect(real.json()).toEqual(unknown.json());
    expect(real.headers['retry-after']).toBe(unknown.headers['retry-after']);
    const seconds = Number(real.headers['retry-after']);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(real.json().error).toEqual({
      code: 'rate_limited',
      message: `För många försök. Försök igen om ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}.`,
    });
    expect(real.headers['set-cookie']).toBeUndefined();
  });

  it('lets the user in from another address at once, and from the same one after the wait', async () => {
    const user = await userIn(app);
    const attacker = randomIp();
    let refused = await attempt(app, attacker, user.email, wrong, 'en');
    for (let step = 0; step < 12 && refused.statusCode !== 429; step++) {
      refused = await attempt(app, attacker, user.email, wrong, 'en');
    }
    expect(refused.statusCode).toBe(429);
    const seconds = Number(refused.headers['retry-after']);
    expect(refused.json().error.message).toBe(
      `Too many attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    );
    expect((await attempt(app, attacker, user.email)).statusCode).toBe(429);

    expect((await attempt(app, randomIp(), user.email)).statusCode).toBe(200);
    await sleep(seconds * 1000 + 100);
    expect((await attempt(app, attacker, user.email)).statusCode).toBe(200);
    // The success starts the pair afresh: the next typo is an ordinary 401, not a wait.
    expect((await attempt(app, attacker, user.email, wrong)).statusCode).toBe(401);
  });

  it('logs 30 people in from one office address within a minute, typos included', async () => {
    const org = await createOrganization(app);
    const office = randomIp();
    const people = [];
    for (let i = 0; i < 30; i++)
      people.push(await createUser(app, { organizationId: org.id, role: 'viewer' }));
    const statuses = [];
    for (const person of people) {
      if (people.indexOf(person) % 3 === 0) {
        expect((await login(browser(app, office), person.email, 'a typo in the password')).statusCode).toBe(
          401,
        );
      }
      statuses.push((await login(browser(app, office), person.email)).statusCode);
    }
    expect(statuses).toEqual(Array(30).fill(200));
  });

  it('refuses password spraying from one address, but not people who log in there', async () => {
    const org = await createOrganization(app);
    const shared = randomIp();
    const colleague = await createUser(app, { organizationId: org.id, role: 'viewer' });
    expect((await login(browser(app, shared), colleague.email)).statusCode).toBe(200);

    // One guess at each of many accounts stays below every per-account limit.
    const limit = app.config.LOGIN_ADDRESS_MAX_FAILURES;
    const sprayed = [];
    for (let i = 0; i < limit; i++) {
      const target = i % 2 === 0 ? (await userIn(app)).email : unknownEmail();
      sprayed.push((await attempt(app, shared, target, 'Sommar2026!')).statusCode);
    }
    expect(sprayed).toEqual(Array(limit).fill(401));
    const next = await userIn(app);
    const refused = await attempt(app, shared, next.email);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(app.config.LOGIN_LOCKOUT_MINUTES * 60));
    expect(refused.json().error.message).toBe('För många försök. Försök igen om 15 minuter.');
    expect((await attempt(app, shared, unknownEmail(), 'Sommar2026!')).statusCode).toBe(429);

    // Someone who has logged in from this address before still can; elsewhere nobody is held up.
    expect((await login(browser(app, shared), colleague.email)).statusCode).toBe(200);
    expect((await attempt(app, randomIp(), next.email)).statusCode).toBe(200);
  });

  describe('with a low ceiling per account', () => {
    let strict: FastifyInstance;
    beforeAll(async () => {
      strict = await isolatedTestApp({ LOGIN_ACCOUNT_MAX_FAILURES: 10 });
      return () => strict.close();
    });

    it('stops guessing at one account from many addresses, except where the user logs in', async () => {
      const user = await userIn(strict);
      const home = randomIp();
      expect((await attempt(strict, home, user.email)).statusCode).toBe(200);
      const nobody = unknownEmail();
      for (let i = 0; i < 10; i++) {
        const [real, unknown] = await Promise.all([
          attempt(strict, randomIp(), user.email, wrong),
          attempt(strict, randomIp(), nobody, wrong),
        ]);
        expect([real.statusCode, unknown.statusCode]).toEqual([401, 401]);
      }
      const [real, unknown] = await Promise.all([
        attempt(strict, randomIp(), user.email),
        attempt(strict, randomIp(), nobody, wrong),
      ]);
      expect(real.statusCode).toBe(429);
      expect(real.json()).toEqual(unknown.json());
      expect((await attempt(strict, home, user.email)).statusCode).toBe(200);
    });
  });
});

describe('the hourly sweep of login throttling rows', () => {
  it('drops forgotten failures and long-unused addresses, and keeps where a user logs in', async () => {
    const user = await userIn(app);
    const [home, old, guesser, recent] = [randomIp(), randomIp(), randomIp(), randomIp()];
    expect((await attempt(app, home, user.email)).statusCode).toBe(200);
    expect((await attempt(app, old, user.email)).statusCode).toBe(200);
    expect((await attempt(app, guesser, unknownEmail(), wrong)).statusCode).toBe(401);
    expect((await attempt(app, recent, unknownEmail(), wrong)).statusCode).toBe(401);
    const ago = (days: number) => new Date(Date.now() - days * 24 * 60 * 60_000);
    await app.db
      .update(loginThrottles)
      .set({ lastFailureAt: ago(2) })
      .where(eq(loginThrottles.address, guesser));
    await app.db
      .update(loginThrottles)
      .set({ lastSuccessAt: ago(91), lastFailureAt: ago(91) })
      .where(eq(loginThrottles.address, old));
    await deleteStaleLoginThrottles(app.db);
    const left = await app.db
      .select({ address: loginThrottles.address })
      .from(loginThrottles)
      .where(inArray(loginThrottles.address, [home, old, guesser, recent]));
    expect(left.map((row) => row.address).sort()).toEqual([home, recent].sort());
  });
});

describe('login flood guard', () => {
  it('limits requests per client address with 429, Retry-After and our error body', async () => {
    const ip = randomIp();
    // Refused attempts are cheap (no password is checked), so a flood is what reaches this limit.
    const email = unknownEmail();
    const statuses = [];
    for (let i = 0; i < 121; i++) statuses.push((await attempt(app, ip, email, wrong)).statusCode);
    expect(statuses.slice(0, 120).every((status) => status === 401 || status === 429)).toBe(true);
    const limited = await attempt(app, ip, unknownEmail(), wrong, 'en');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toMatch(/^Too many attempts\. Try again in \d+ seconds?\.$/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
