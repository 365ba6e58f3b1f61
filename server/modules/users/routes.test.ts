import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, mailOutbox } from '../../db/schema';
import { createArea, createOrganization, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { browser, login } from '../session/testing';

const uniqueEmail = () => `new-${crypto.randomUUID()}@Test.Trygg.local`;

describe('user administration', () => {
  it('creates, lists, reads and updates users of the organization, auditing every change', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const area = await createArea(app, admin.organizationId);
    const email = uniqueEmail();
    const created = await admin.post('/api/users', {
      email,
      displayName: 'Ny Värd',
      memberships: [{ role: 'field_staff', areaIds: [area.id] }],
      password: 'en lång och ovanlig lösenfras',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      locale: 'sv',
      disabled: false,
      memberships: [{ role: 'field_staff', areaIds: [area.id] }],
    });
    expect(user).not.toHaveProperty('passwordHash');

    const list = (await admin.get('/api/users')).json();
    expect(list.items.map((u: { id: string }) => u.id)).toContain(user.id);
    expect(list.abilities).toEqual(['user.manage']);
    const patched = await admin.patch(`/api/users/${user.id}`, {
      displayName: 'Områdesvärd',
      memberships: [{ role: 'area_manager', areaIds: null }],
    });
    expect(patched.json()).toMatchObject({
      displayName: 'Områdesvärd',
      memberships: [{ role: 'area_manager', areaIds: null }],
    });
    expect((await admin.get(`/api/users/${user.id}`)).json().displayName).toBe('Områdesvärd');

    const entries = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, admin.organizationId), eq(auditLog.entityId, user.id)))
      .orderBy(desc(auditLog.createdAt));
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect(JSON.stringify(entries)).not.toMatch(/argon2|passwordHash|totpSecret/);
    // The new user can log in with the password the admin chose.
    expect((await login(browser(app), email, 'en lång och ovanlig lösenfras')).statusCode).toBe(200);
  });

  it('sends a link to choose a password when none is given', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const email = uniqueEmail().toLowerCase();
    const created = await admin.post('/api/users', {
      email,
      displayName: 'Utan Lösenord',
      memberships: [{ role: 'viewer', areaIds: null }],
    });
    expect(created.statusCode).toBe(201);
    const [mail] = await app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
    expect(mail.body).toMatch(/\/reset-password\?token=[\w-]+/);
    expect(mail.body).toContain('7');
  });

  it('adds memberships to an existing account of another organization instead of failing', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const other = await createOrganization(app);
    const person = await createUser(app, { organizationId: other.id, role: 'guard' });
    const response = await admin.post('/api/users', {
      email: person.email.toUpperCase(),
      displayName: 'Ignored',
      memberships: [{ role: 'viewer', areaIds: null }],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      id: person.id,
      memberships: [{ role: 'viewer', areaIds: null }],
    });
    const again = await admin.post('/api/users', {
      email: person.email,
      displayName: 'Twice',
      memberships: [{ role: 'viewer', areaIds: null }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.issues[0].path).toBe('email');
  });

  it('names the field for foreign areas, duplicate roles and common passwords', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const foreignArea = await createArea(app, (await createOrganization(app)).id);
    const areas = await admin.post('/api/users', {
      email: uniqueEmail(),
      displayName: 'X',
      memberships: [
        { role: 'viewer', areaIds: null },
        { role: 'guard', areaIds: [foreignArea.id] },
      ],
    });
    expect(areas.statusCode).toBe(400);
    expect(areas.json().error.issues).toEqual([
      { path: 'memberships.1.areaIds', message: expect.any(String) },
    ]);
    const twice = await admin.post('/api/users', {
      email: uniqueEmail(),
      displayName: 'X',
      memberships: [
        { role: 'viewer', areaIds: null },
        { role: 'viewer', areaIds: null },
      ],
    });
    expect(twice.json().error.issues[0].path).toBe('memberships.1.role');
    const weak = await admin.post('/api/users', {
      email: uniqueEmail(),
      displayName: 'X',
      memberships: [{ role: 'viewer', areaIds: null }],
      password: 'password1234',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.issues).toEqual([
      { path: 'password', message: expect.stringMatching(/common/) },
    ]);
    const unknownField = await admin.post('/api/users', {
      email: uniqueEmail(),
      displayName: 'X',
      memberships: [{ role: 'viewer', areaIds: null }],
      isSuperuser: true,
    });
    expect(unknownField.statusCode).toBe(400);
  });

  it('disabling a user ends their sessions at once; an admin cannot disable themselves', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const user = await createUser(app, { organizationId: admin.organizationId, role: 'guard' });
    const b = browser(app);
    await login(b, user.email);
    expect((await b.request({ method: 'GET', url: '/api/session' })).json().user.id).toBe(user.id);
    const disabled = await admin.patch(`/api/users/${user.id}`, { disabled: true });
    expect(disabled.json().disabled).toBe(true);
    expect((await b.request({ method: 'GET', url: '/api/session' })).json().user).toBeNull();
    expect((await login(browser(app), user.email)).statusCode).toBe(401);

    const self = await admin.patch(`/api/users/${admin.userId}`, { disabled: true });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.issues[0].path).toBe('disabled');
    const demote = await admin.patch(`/api/users/${admin.userId}`, {
      memberships: [{ role: 'viewer', areaIds: null }],
    });
    expect(demote.json().error.issues[0].path).toBe('memberships');
  });

  it('hides users of other organizations (404) and refuses non-admins (403)', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const otherOrg = await createOrganization(app);
    const stranger = await createUser(app, { organizationId: otherOrg.id, role: 'viewer' });
    expect((await admin.get(`/api/users/${stranger.id}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/users/${stranger.id}`, { displayName: 'Hijack' })).statusCode).toBe(404);
    expect((await admin.get('/api/users')).json().items.map((u: { id: string }) => u.id)).not.toContain(
      stranger.id,
    );

    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId: admin.organizationId });
    expect((await coordinator.get('/api/users')).statusCode).toBe(403);
    expect((await coordinator.get(`/api/users/${admin.userId}`)).statusCode).toBe(403);
    const escalate = await coordinator.patch(`/api/users/${coordinator.userId}`, {
      memberships: [{ role: 'admin', areaIds: null }],
    });
    expect(escalate.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });
});
