import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../../common/roles';
import { memberships } from '../../db/schema';
import { addMembership, clientFor, createOrganization, createUser, loginAs } from '../../testing/factories';
import { isolatedTestApp, testApp } from '../../testing/test-app';
import { randomIp } from '../session/testing';

const address = (label: string) => `${label}-${crypto.randomUUID()}@test.trygg.local`;

describe('GET /api/dev/outbox on a demo installation', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await isolatedTestApp({}, { demoMode: true });
  });
  afterAll(async () => app?.close());

  it('is 401 without a login: the outbox holds password links', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/dev/outbox' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('not_authenticated');
  });

  it.each(roles.filter((role) => role !== 'admin'))('is 403 for %s', async (role) => {
    const client = await loginAs(app, role);
    expect((await client.get('/api/dev/outbox')).statusCode).toBe(403);
  });

  it("shows an admin their organization's mail and account mail, and no other organization's", async () => {
    const own = await createOrganization(app);
    const other = await createOrganization(app);
    const admin = await loginAs(app, 'admin', { organizationId: own.id });
    const member = await createUser(app, { organizationId: own.id, role: 'viewer' });
    const foreign = await createUser(app, { organizationId: other.id, role: 'viewer' });
    // An account in both organizations: its password is not one company's to take (item 1).
    const shared = await createUser(app, { organizationId: own.id, role: 'viewer' });
    await addMembership(app, { organizationId: other.id, userId: shared.id, role: 'viewer' });
    const tenantHere = address('tenant-here');
    const tenantThere = address('tenant-there');
    await app.mailer.send({ to: tenantHere, subject: 'Svar', text: 'Here' }, { organizationId: own.id });
    await app.mailer.send({ to: tenantThere, subject: 'Svar', text: 'There' }, { organizationId: other.id });
    for (const user of [member, foreign, shared]) {
      await app.mailer.send({ to: user.email, subject: 'Länk', text: 'Link' }, { userId: user.id });
    }

    const response = await admin.get('/api/dev/outbox');
    expect(response.statusCode).toBe(200);
    const recipients = response.json().items.map((mail: { to: string }) => mail.to);
    expect(recipients).toContain(tenantHere);
    expect(recipients).toContain(member.email);
    expect(recipients).not.toContain(tenantThere);
    expect(recipients).not.toContain(foreign.email);
    expect(recipients).not.toContain(shared.email);

    // An admin of every organization the shared account belongs to may read its link.
    const adminOfBoth = await createUser(app, { organizationId: own.id, role: 'admin' });
    await addMembership(app, { organizationId: other.id, userId: adminOfBoth.id, role: 'admin' });
    const both = await clientFor(app, adminOfBoth.id, own.id);
    const seenByBoth = (await both.get('/api/dev/outbox'))
      .json()
      .items.map((mail: { to: string }) => mail.to);
    expect(seenByBoth).toContain(shared.email);
    expect(seenByBoth).not.toContain(tenantThere);
  });

  it("keeps invitations and a suspended admin role's mail from an admin", async () => {
    const own = await createOrganization(app);
    const other = await createOrganization(app);
    const admin = await loginAs(app, 'admin', { organizationId: own.id });
    // Invitations, to an existing account and to a new address, are their recipients' alone.
    const existing = await createUser(app, { organizationId: other.id, role: 'viewer' });
    const newcomer = address('newcomer');
    for (const email of [existing.email, newcomer]) {
      const invited = await admin.post('/api/users', {
        email,
        memberships: [{ role: 'viewer', areaIds: null }],
      });
      expect(invited.statusCode, invited.body).toBe(201);
    }
    const seen = (await admin.get('/api/dev/outbox')).json().items.map((mail: { to: string }) => mail.to);
    expect(seen).not.toContain(existing.email);
    expect(seen).not.toContain(newcomer);

    // A suspended admin role in the other organization no longer counts as admin there.
    const shared = await createUser(app, { organizationId: own.id, role: 'viewer' });
    await addMembership(app, { organizationId: other.id, userId: shared.id, role: 'viewer' });
    const adminOfBoth = await createUser(app, { organizationId: own.id, role: 'admin' });
    await addMembership(app, { organizationId: other.id, userId: adminOfBoth.id, role: 'admin' });
    await app.mailer.send({ to: shared.email, subject: 'Länk', text: 'Link' }, { userId: shared.id });
    await app.db
      .update(memberships)
      .set({ suspendedAt: new Date() })
      .where(and(eq(memberships.organizationId, other.id), eq(memberships.userId, adminOfBoth.id)));
    const both = await clientFor(app, adminOfBoth.id, own.id);
    const seenBySuspended = (await both.get('/api/dev/outbox'))
      .json()
      .items.map((mail: { to: string }) => mail.to);
    expect(seenBySuspended).not.toContain(shared.email);
  });

  it('shows the text of a password reset link requested from the login page', async () => {
    const org = await createOrganization(app);
    const admin = await createUser(app, { organizationId: org.id, role: 'admin' });
    const requested = await app.inject({
      method: 'POST',
      url: '/api/password-reset/request',
      remoteAddress: randomIp(),
      payload: { email: admin.email },
    });
    expect(requested.statusCode).toBe(202);
    const client = await clientFor(app, admin.id, org.id);
    let mail: { to: string; text: string } | undefined;
    for (let attempt = 0; attempt < 50 && !mail; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      mail = (await client.get('/api/dev/outbox'))
        .json()
        .items.find((m: { to: string }) => m.to === admin.email);
    }
    expect(mail?.text).toMatch(/\/reset-password\?token=[\w-]+/);
  });

  it('tells the web app it is a demo that keeps mail in the outbox', async () => {
    const config = (await app.inject({ method: 'GET', url: '/api/client-config' })).json();
    expect(config).toMatchObject({ demoMode: true, mailDelivery: 'outbox' });
  });
});

describe('GET /api/dev/outbox elsewhere', () => {
  it('is 401 anonymous and 404 for an admin on an installation that is not a demo', async () => {
    const app = await testApp();
    expect((await app.inject({ method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(401);
    const admin = await loginAs(app, 'admin');
    expect((await admin.get('/api/dev/outbox')).statusCode).toBe(404);
  });

  it('is 404 for an admin of a demo that sends mail by SMTP (nothing is kept)', async () => {
    const app = await isolatedTestApp({ SMTP_URL: 'smtp://127.0.0.1:9' }, { demoMode: true });
    try {
      const admin = await loginAs(app, 'admin');
      expect((await admin.get('/api/dev/outbox')).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
