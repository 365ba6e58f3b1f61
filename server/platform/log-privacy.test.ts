import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../db/schema';
import { invite, mailedInvitationToken } from '../modules/invitations/testing';
import { submission } from '../modules/public-reports/test-public';
import { issueCode, sheet, surveySetup } from '../modules/public-surveys/test-surveys';
import { createUser, loginAs } from '../testing/factories';
import { isolatedTestApp } from '../testing/test-app';

/**
 * The log of real flows through HTTP holds none of the secrets and personal values planted in
 * them (issue 12: logs without personal data). The app logs at `trace` into a captured stream,
 * exactly as configured for production (platform/logger.ts).
 */

const tenantIp = '203.0.113.77';
const tenantIpv6 = '2001:db8:abcd:12::77';
const lon = 17.9512345;
const lat = 59.2103457;
const description = 'Grannen i 1102 langar, personnummer 19850101-1234, ring Kalle';
// Unique per run: test files share one PostgreSQL database, which keeps accounts between runs.
const run = crypto.randomUUID().slice(0, 8);
const reporterEmail = `planted.reporter.${run}@example.org`;
const phone = '+46 70 123 45 67';
const staffEmail = `planted.staff.${run}@example.org`;
const invitedEmail = `planted.invitee.${run}@example.org`;
const wrongPassword = 'planted-wrong-password-42';
const newPassword = 'planted new password 4711';
const unknownCode = 'QX7QQ-PLNTD';
const apiKey = 'planted-open311-api-key-0042';

describe('the log of an integration run', () => {
  const lines: string[] = [];
  const secrets: Record<string, string> = {
    description,
    'personal identity number': '19850101-1234',
    'reporter e-mail': reporterEmail,
    'reporter e-mail, URL-encoded': encodeURIComponent(reporterEmail),
    phone,
    'phone digits': '701234567',
    'staff e-mail': staffEmail,
    'invited e-mail': invitedEmail,
    'wrong password': wrongPassword,
    'new password': newPassword,
    'unknown code in a path': unknownCode,
    'Open311 api_key': apiKey,
    longitude: String(lon),
    latitude: String(lat),
    'longitude, decimal comma': String(lon).replace('.', ','),
    'latitude, decimal comma': String(lat).replace('.', ','),
    'longitude, 5 decimals': lon.toFixed(5),
    'latitude, 5 decimals': lat.toFixed(5),
    'client IPv4': tenantIp,
    'client IPv6': tenantIpv6,
  };
  let app: FastifyInstance;
  let dist: string;
  const tenant = (options: InjectOptions, ip = tenantIp) => app.inject({ remoteAddress: ip, ...options });

  beforeAll(async () => {
    // A stand-in web build, so the tenant pages (/s/<code>, /r/<code>) are served and logged too.
    dist = mkdtempSync(path.join(tmpdir(), 'trygg-log-dist-'));
    writeFileSync(path.join(dist, 'index.html'), '<p>staff app</p>');
    writeFileSync(path.join(dist, 'tenant.html'), '<p>tenant pages</p>');
    const stream = { write: (line: string) => void lines.push(line) };
    app = await isolatedTestApp(
      { LOG_LEVEL: 'trace', WEB_DIST: dist, PUBLIC_URL: 'https://trygg.example' },
      { demoMode: true, logStream: stream },
    );
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  /** The newest mail to the address; the reset link is sent just after the answer, so wait for it. */
  const latestMailTo = async (email: string) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [mail] = await app.db
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.recipient, email))
        .orderBy(desc(mailOutbox.id));
      if (mail) return mail.body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return '';
  };

  async function passwordReset() {
    const admin = await loginAs(app, 'admin');
    await createUser(app, { organizationId: admin.organizationId, role: 'guard', email: staffEmail });
    const wrong = await tenant({
      method: 'POST',
      url: '/api/session/login',
      payload: { email: staffEmail, password: wrongPassword },
    });
    expect(wrong.statusCode).toBe(401);
    const requested = await tenant({
      method: 'POST',
      url: '/api/password-reset/request',
      payload: { email: staffEmail },
    });
    expect(requested.statusCode, requested.body).toBe(202);
    const token = decodeURIComponent(
      String((await latestMailTo(staffEmail)).match(/reset-password\?token=([\w%-]+)/)?.[1]),
    );
    secrets['reset token'] = token;
    // The page the mailed link opens, with the token in its query string.
    await tenant({ method: 'GET', url: `/reset-password?token=${encodeURIComponent(token)}` });
    const confirmed = await tenant({
      method: 'POST',
      url: '/api/password-reset/confirm',
      payload: { token, password: newPassword },
    });
    expect(confirmed.statusCode, confirmed.body).toBeLessThan(300);
    return admin;
  }

  async function invitation(admin: Awaited<ReturnType<typeof loginAs>>) {
    expect((await invite(admin, invitedEmail)).statusCode).toBe(201);
    const token = await mailedInvitationToken(app, invitedEmail);
    secrets['invitation token'] = token;
    await tenant({ method: 'GET', url: `/invitation?token=${encodeURIComponent(token)}` });
    const accepted = await tenant({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, displayName: 'Planted Person', password: newPassword },
    });
    expect(accepted.statusCode, accepted.body).toBe(204);
  }

  async function surveys() {
    const setup = await surveySetup(app);
    const code = await issueCode(app, setup);
    Object.assign(secrets, {
      'survey code': code,
      'survey code without dashes': code.replaceAll('-', ''),
      'survey code, lower case': code.toLowerCase(),
      'open-link token': setup.openToken,
    });
    await tenant({ method: 'GET', url: `/s/${code}` });
    expect((await tenant({ method: 'GET', url: `/api/public/surveys/code/${code}` })).statusCode).toBe(200);
    const mapPoints = [{ lon, lat }];
    const byCode = { ...sheet({ mapPoints, freeText: description }), code };
    const answered = await tenant({ method: 'POST', url: '/api/public/surveys/responses', payload: byCode });
    expect(answered.statusCode, answered.body).toBe(201);
    // The code again, now used: a 409 that names the path with the code.
    await tenant({ method: 'GET', url: `/api/public/surveys/code/${code.toLowerCase()}` });

    await tenant({ method: 'GET', url: `/s/open/${setup.openToken}` }, tenantIpv6);
    const form = await tenant(
      { method: 'GET', url: `/api/public/surveys/open/${setup.openToken}` },
      tenantIpv6,
    );
    expect(form.statusCode).toBe(200);
    const byLink = { ...sheet({ mapPoints }), open: { token: setup.openToken } };
    const opened = await tenant(
      { method: 'POST', url: '/api/public/surveys/responses', payload: byLink },
      tenantIpv6,
    );
    expect(opened.statusCode, opened.body).toBe(201);
    return setup;
  }

  async function tenantReport(slug: string) {
    const nearby = await tenant({
      method: 'GET',
      url: `/api/public/places/nearby?org=${slug}&lon=${lon}&lat=${lat}`,
    });
    expect(nearby.statusCode).toBe(200);
    const contact = {
      email: reporterEmail,
      phone,
      name: 'Planted Reporter',
      consent: true,
      wantsUpdates: true,
    };
    const payload = submission(slug, { description, position: { lon, lat }, contact });
    const sent = await tenant({ method: 'POST', url: '/api/public/reports', payload });
    expect(sent.statusCode, sent.body).toBe(201);
    const trackingCode = sent.json().trackingCode as string;
    secrets['tracking code'] = trackingCode;
    await tenant({ method: 'GET', url: `/r/${trackingCode}` });
    const status = await tenant({ method: 'GET', url: `/api/public/reports/${trackingCode}?locale=sv` });
    expect(status.statusCode).toBe(200);
    // Errors: a 400 whose body holds the personal values, 404s with codes in their paths.
    const bad = await tenant({
      method: 'POST',
      url: '/api/public/reports',
      payload: { ...payload, id: 'not-a-uuid', contact: { ...contact, consent: false } },
    });
    expect(bad.statusCode).toBe(400);
    expect((await tenant({ method: 'GET', url: `/api/public/reports/${unknownCode}` })).statusCode).toBe(404);
    // An Open311 client sends its key in the query string (refused here: no such key).
    await tenant({
      method: 'GET',
      url: `/api/open311/v2/requests.json?api_key=${apiKey}&lat=${lat}&long=${lon}`,
    });
    expect((await tenant({ method: 'GET', url: `/api/no-such-route/${trackingCode}` })).statusCode).toBe(404);
  }

  it('holds none of the planted secrets, and logs each request by its route template', async () => {
    const admin = await passwordReset();
    await invitation(admin);
    const setup = await surveys();
    await tenantReport(setup.slug);

    const log = lines.join('');
    const requests = lines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'incoming request');
    // The capture works: every request above is in it, by template.
    expect(requests.length).toBeGreaterThanOrEqual(20);
    const found = Object.entries(secrets).filter(([, secret]) => log.includes(secret));
    expect(found.map(([name]) => name)).toEqual([]);
    const urls = requests.map((line) => line.req.url);
    expect(urls).toEqual(expect.arrayContaining(['/s/:code', '/r/:code', '/api/public/reports/:code']));
    expect(requests.map((line) => line.req.remoteAddress)).toEqual(
      expect.arrayContaining(['203.0.113.0/24', '2001:db8:abcd::/48']),
    );
    expect(Object.keys(secrets)).toEqual(
      expect.arrayContaining(['reset token', 'invitation token', 'survey code', 'tracking code']),
    );
  });
});
