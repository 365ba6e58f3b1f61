import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { createArea, createOrganization, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { invite, mailedInvitationToken } from '../invitations/testing';
import { browser, login } from '../session/testing';

const uniqueEmail = () => `new-${crypto.randomUUID()}@Test.Trygg.local`;

// Boots this worker's database before the first test's clock starts.
beforeAll(async () => {
  await testApp();
});

describe('user administration', () => {
  it('invites, lists, reads and updates users of the organization, auditing every change', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const area = await createArea(app, admin.organizationId);
    const email = uniqueEmail();
    const invited = await admin.post('/api/users', {
      email,
      displayName: 'Ny Värd',
      memberships: [{ role: 'field_staff', areaIds: [area.id] }],
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({
      email: email.toLowerCase(),
      status: 'pending',
      memberships: [{ role: 'field_staff', areaIds: [area.id] }],
    });
    const pending = (await admin.get('/api/users')).json();
    expect(pending.invitations.map((i: { email: string }) => i.email)).toEqual([email.toLowerCase()]);
    // The new person creates the account through the mailed link, with the suggested name.
    const token = await mailedInvitationToken(app, email);
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'en lång och ovanlig lösenfras' },
      // Its own address: route walks in this worker spend 127.0.0.1's link-route limit.
      remoteAddress: '10.77.1.1',
    });
    expect(accepted.statusCode, accepted.body).toBe(204);

    const list = (await admin.get('/api/users')).json();
    const user = list.items.find((u: { email: string }) => u.email === email.toLowerCase());
    expect(user).toMatchObject({
      displayName: 'Ny Värd',
      locale: 'sv',
      disabled: false,
      suspended: false,
      memberships: [{ role: 'field_staff', areaIds: [area.id] }],
      // Only in this organization: the admin governs the whole account.
      abilities: [
        'membership.update',
        'membership.suspend',
        'membership.remove',
        'account.update',
        'account.disable',
      ],
    });
    expect(user).not.toHaveProperty('passwordHash');
    expect(list.invitations).toEqual([]);
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
    expect(entries.map((e) => e.action).sort()).toEqual(['add_member', 'update']);
    expect(JSON.stringify(entries)).not.toMatch(/argon2|passwordHash|totpSecret/);
    // The new user can log in with the password they chose.
    expect((await login(browser(app), email, 'en lång och ovanlig lösenfras')).statusCode).toBe(200);
  });

  it('refuses an address already a member or already invited here, naming the field', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const member = await createUser(app, { organizationId: admin.organizationId, role: 'guard' });
    const again = await invite(admin, member.email.toUpperCase());
    expect(again.statusCode).toBe(409);
    expect(again.json().error.issues[0].path).toBe('email');
    const email = uniqueEmail();
    expect((await invite(admin, email)).statusCode).toBe(201);
    const twice = await invite(admin, email);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.issues[0]).toEqual({
      path: 'email',
      message: expect.stringMatching(/inbjudan|invitation/),
    });
  });

  it('names the field for foreign areas, duplicate roles and unknown fields', async () => {
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
    // The admin no longer chooses the password: the person does, through the invitation.
    const password = await admin.post('/api/users', {
      email: uniqueEmail(),
      memberships: [{ role: 'viewer', areaIds: null }],
      password: 'en lång och ovanlig lösenfras',
    });
    expect(password.statusCode).toBe(400);
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
