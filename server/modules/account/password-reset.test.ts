import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../db/schema';
import { createOrganization, createUser, testPassword } from '../../testing/factories';
import { isolatedTestApp, testApp } from '../../testing/test-app';
import { browser, login, randomIp } from '../session/testing';

type Received = { to: string; raw: string };

/** A real SMTP server on a random local port, so the mail really leaves through nodemailer. */
function startSmtp() {
  const waiting: ((mail: Received) => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        waiting.shift()?.({ to: session.envelope.rcptTo[0]?.address ?? '', raw });
        callback();
      });
    },
  });
  const listening = new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
  );
  const nextMail = () => new Promise<Received>((resolve) => waiting.push(resolve));
  return { server, listening, nextMail };
}

/** The token of the reset link in a mail as it came over SMTP (quoted-printable). */
function tokenIn(mail: Received): string {
  const unfolded = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const link = unfolded.match(/https:\/\/trygg\.example\/reset-password\?token=([\w-]+)/);
  expect(link).not.toBeNull();
  return String(link?.[1]);
}

describe('password reset', () => {
  const smtp = startSmtp();
  let app: Awaited<ReturnType<typeof isolatedTestApp>>;
  beforeAll(async () => {
    const port = await smtp.listening;
    app = await isolatedTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      PUBLIC_URL: 'https://trygg.example',
      LOGIN_ACCOUNT_MAX_FAILURES: 10,
    });
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  const requestLink = async (email: string, ip = randomIp()) => {
    const arrives = smtp.nextMail();
    const requested = await app.inject({
      method: 'POST',
      url: '/api/password-reset/request',
      remoteAddress: ip,
      payload: { email },
    });
    expect(requested.statusCode).toBe(202);
    return tokenIn(await arrives);
  };
  const confirmReset = (token: string, password: string, ip = randomIp()) =>
    app.inject({
      method: 'POST',
      url: '/api/password-reset/confirm',
      remoteAddress: ip,
      headers: { 'accept-language': 'en' },
      payload: { token, password },
    });
  const refusedLink = (response: {
    statusCode: number;
    json(): { error: { issues: { path: string }[] } };
  }) => {
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues.map((issue) => issue.path)).toEqual(['token']);
  };

  it('mails a single-use link through SMTP that sets a new password and ends old sessions', async () => {
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const old = browser(app);
    await login(old, user.email);

    const arrives = smtp.nextMail();
    const requested = await app.inject({
      method: 'POST',
      url: '/api/password-reset/request',
      remoteAddress: randomIp(),
      payload: { email: user.email.toUpperCase() },
    });
    expect(requested.statusCode).toBe(202);
    const mail = await arrives;
    expect(mail.to).toBe(user.email);
    // Delivered by SMTP, so no copy of it (address, link) stays in the database.
    expect(await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, user.email))).toEqual([]);
    const token = tokenIn(mail);

    const confirm = (password: string) => confirmReset(token, password);
    const common = await confirm('password123456');
    expect(common.statusCode).toBe(400);
    expect(common.json().error.issues).toEqual([
      { path: 'password', message: expect.stringMatching(/common/) },
    ]);
    expect((await confirm('a fresh and private passphrase')).statusCode).toBe(204);
    const reused = await confirm('yet another private passphrase');
    expect(reused.json().error.issues[0].path).toBe('token');

    expect((await old.request({ method: 'GET', url: '/api/session' })).json().user).toBeNull();
    expect((await login(browser(app), user.email, 'a fresh and private passphrase')).statusCode).toBe(200);
  });

  it('ends the earlier links when a new one is asked for', async () => {
    const user = await createUser(app, {
      organizationId: (await createOrganization(app)).id,
      role: 'viewer',
    });
    const first = await requestLink(user.email);
    const second = await requestLink(user.email);
    refusedLink(await confirmReset(first, 'the first link should be dead by now'));
    expect((await confirmReset(second, 'the newest link still works fine')).statusCode).toBe(204);
  });

  it('ends outstanding links when the password is changed on the account page', async () => {
    const user = await createUser(app, {
      organizationId: (await createOrganization(app)).id,
      role: 'viewer',
    });
    const b = browser(app);
    await login(b, user.email);
    const token = await requestLink(user.email);
    const changed = await b.request({
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: testPassword, newPassword: 'a changed and private passphrase' },
    });
    expect(changed.statusCode).toBe(204);
    refusedLink(await confirmReset(token, 'someone else holding the old mail'));
  });

  it('ends outstanding links when the user logs in', async () => {
    const user = await createUser(app, {
      organizationId: (await createOrganization(app)).id,
      role: 'viewer',
    });
    const token = await requestLink(user.email);
    expect((await login(browser(app), user.email)).statusCode).toBe(200);
    refusedLink(await confirmReset(token, 'someone else holding the old mail'));
  });

  it('lets the address a reset came from log in while the account is under attack', async () => {
    const user = await createUser(app, {
      organizationId: (await createOrganization(app)).id,
      role: 'viewer',
    });
    for (let i = 0; i < app.config.LOGIN_ACCOUNT_MAX_FAILURES; i++) {
      expect((await login(browser(app), user.email, 'a guess from a botnet')).statusCode).toBe(401);
    }
    const traveller = randomIp();
    expect((await login(browser(app, traveller), user.email)).statusCode).toBe(429);
    const token = await requestLink(user.email, traveller);
    expect((await confirmReset(token, 'a new passphrase from the road', traveller)).statusCode).toBe(204);
    expect(
      (await login(browser(app, traveller), user.email, 'a new passphrase from the road')).statusCode,
    ).toBe(200);
    expect((await login(browser(app), user.email, 'a new passphrase from the road')).statusCode).toBe(429);
  });

  it('answers 202 for an unknown e-mail and sends nothing', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/password-reset/request',
      remoteAddress: randomIp(),
      payload: { email: 'nobody-at-all@test.trygg.local' },
    });
    expect(response.statusCode).toBe(202);
    expect(response.body).toBe('');
  });
});

describe('password reset without a way to send mail', () => {
  it("says so in the user's language instead of pretending a link was sent", async () => {
    // The shared test app has no SMTP_URL and is not a demo: like a production start without SMTP.
    const app = await testApp();
    const request = (language: string) =>
      app.inject({
        method: 'POST',
        url: '/api/password-reset/request',
        remoteAddress: randomIp(),
        headers: { 'accept-language': language },
        payload: { email: 'anyone@test.trygg.local' },
      });
    const sv = await request('sv');
    expect(sv.statusCode).toBe(503);
    expect(sv.json().error).toMatchObject({
      code: 'mail_unavailable',
      message: expect.stringMatching(/e-post/),
    });
    expect((await request('en')).json().error.message).toMatch(/cannot send e-mail/);
    const config = (await app.inject({ method: 'GET', url: '/api/client-config' })).json();
    expect(config).toMatchObject({ demoMode: false, mailDelivery: 'none' });
  });
});

describe('password reset limits', () => {
  // Started before the test, so a slow database start does not count against its time.
  let app: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    app = await testApp();
  });

  it('rate limits requests per client address', async () => {
    const ip = randomIp();
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/password-reset/request',
        remoteAddress: ip,
        payload: { email: 'x@y.se' },
      });
    // No mail on the shared test app (503), but every attempt still counts against the limit.
    for (let i = 0; i < 5; i++) expect((await send()).statusCode).toBe(503);
    expect((await send()).statusCode).toBe(429);
  });
});
