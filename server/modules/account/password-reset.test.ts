import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, users } from '../../db/schema';
import { createOrganization, createUser } from '../../testing/factories';
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

describe('password reset', () => {
  const smtp = startSmtp();
  let app: Awaited<ReturnType<typeof isolatedTestApp>>;
  beforeAll(async () => {
    const port = await smtp.listening;
    app = await isolatedTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      PUBLIC_URL: 'https://trygg.example',
    });
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it('mails a single-use link through SMTP that sets a new password and ends old sessions', async () => {
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const old = browser(app);
    await login(old, user.email);
    await app.db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() + 600_000) })
      .where(eq(users.id, user.id));

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
    const unfolded = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const link = unfolded.match(/https:\/\/trygg\.example\/reset-password\?token=([\w-]+)/);
    expect(link).not.toBeNull();
    const token = String(link?.[1]);

    const confirm = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/password-reset/confirm',
        remoteAddress: randomIp(),
        headers: { 'accept-language': 'en' },
        payload: { token, password },
      });
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
  it('rate limits requests per client address', async () => {
    const app = await testApp();
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
