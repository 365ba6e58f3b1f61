import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, memberships, users } from '../../db/schema';
import { addMembership, createOrganization, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { invite } from '../invitations/testing';
import { type Browser, browser, login } from '../session/testing';

const stillLoggedIn = async (b: Browser) =>
  (await b.request({ method: 'GET', url: '/api/session' })).json().user;

/**
 * Two companies as in the probe: Botkyrkabyggen's admin (the inviter) and a person whose
 * account belongs to Helsingborgshem, logged in there.
 */
async function twoCompanies(app: FastifyInstance) {
  const inviter = await loginAs(app, 'admin');
  const home = await createOrganization(app, { name: 'Helsingborgshem' });
  const person = await createUser(app, { organizationId: home.id, role: 'safety_coordinator' });
  const homeSession = browser(app);
  expect((await login(homeSession, person.email)).statusCode).toBe(200);
  return { inviter, home, person, homeSession };
}

const accountRow = async (app: FastifyInstance, id: string) =>
  (await app.db.select().from(users).where(eq(users.id, id)))[0];

// Boots this worker's database before the first test's clock starts.
beforeAll(async () => {
  await testApp();
});

describe('cross-organization accounts (probe b)', () => {
  it('answers an existing account exactly like a new address, and takes nothing over', async () => {
    const app = await testApp();
    const { inviter, home, person, homeSession } = await twoCompanies(app);
    await app.db.update(users).set({ totpEnabled: true }).where(eq(users.id, person.id));
    const before = await accountRow(app, person.id);

    const existing = await invite(inviter, person.email.toUpperCase(), { displayName: 'Tagen' });
    const fresh = await invite(inviter, `ny-${crypto.randomUUID()}@test.trygg.local`, {
      displayName: 'Tagen',
    });
    expect(existing.statusCode).toBe(201);
    expect(fresh.statusCode).toBe(existing.statusCode);
    const [a, b] = [existing.json(), fresh.json()];
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect({ ...a, id: 'x', email: 'x', invitedAt: 'x', expiresAt: 'x' }).toEqual({
      ...b,
      id: 'x',
      email: 'x',
      invitedAt: 'x',
      expiresAt: 'x',
    });
    expect(a.email).toBe(person.email);
    // (The factory's addresses contain the account id: look past the address the admin typed.)
    const answer = existing.body.replaceAll(person.email, '');
    for (const leak of [person.id, before.displayName, 'totpEnabled', 'lockedUntil', 'disabled']) {
      expect(answer, String(leak)).not.toContain(leak);
    }
    // The inviting organization sees only the address it typed; the account is none of its members.
    const list = (await inviter.get('/api/users')).json();
    expect(list.items.map((u: { id: string }) => u.id)).not.toContain(person.id);
    expect(JSON.stringify(list).replaceAll(person.email, '')).not.toContain(person.id);
    expect((await inviter.patch(`/api/users/${person.id}`, { disabled: true })).statusCode).toBe(404);
    expect((await inviter.patch(`/api/users/${person.id}`, { displayName: 'Kapad' })).statusCode).toBe(404);
    expect((await inviter.delete(`/api/users/${person.id}`)).statusCode).toBe(404);

    const after = await accountRow(app, person.id);
    expect(after).toEqual(before);
    const joined = await app.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, person.id), eq(memberships.organizationId, inviter.organizationId)));
    expect(joined).toEqual([]);
    expect((await stillLoggedIn(homeSession))?.id).toBe(person.id);
    expect((await homeSession.request({ method: 'GET', url: '/api/session' })).json().organization.id).toBe(
      home.id,
    );
  });

  it('after acceptance limits the inviting admin to the membership: no rename, no disable, sessions elsewhere survive', async () => {
    const app = await testApp();
    const { inviter, home, person, homeSession } = await twoCompanies(app);
    await invite(inviter, person.email);
    const invitation = (await homeSession.request({ method: 'GET', url: '/api/session' })).json()
      .invitations[0];
    const accepted = await homeSession.request({
      method: 'POST',
      url: '/api/account/invitations/accept',
      payload: { invitationId: invitation.id },
    });
    expect(accepted.statusCode).toBe(200);

    const member = (await inviter.get(`/api/users/${person.id}`)).json();
    expect(member.abilities).toEqual(['membership.update', 'membership.suspend', 'membership.remove']);
    const rename = await inviter.patch(`/api/users/${person.id}`, { displayName: 'Kapad' });
    expect(rename.statusCode).toBe(403);
    expect(rename.json().error.issues).toEqual([
      {
        path: 'displayName',
        message: expect.stringMatching(/andra organisationer|organizations you do not administer/),
      },
    ]);
    const disable = await inviter.patch(`/api/users/${person.id}`, { disabled: true });
    expect(disable.statusCode).toBe(403);
    expect(disable.json().error.issues[0].path).toBe('disabled');
    const otherLocale = member.locale === 'en' ? 'sv' : 'en';
    expect((await inviter.patch(`/api/users/${person.id}`, { locale: otherLocale })).statusCode).toBe(403);
    const row = await accountRow(app, person.id);
    expect(row.displayName).toBe(member.displayName);
    expect(row.disabledAt).toBeNull();
    expect((await stillLoggedIn(homeSession))?.id).toBe(person.id);

    // The membership is the inviting organization's: roles, suspension and removal work.
    const roles = await inviter.patch(`/api/users/${person.id}`, {
      memberships: [{ role: 'guard', areaIds: null }],
    });
    expect(roles.json().memberships).toEqual([{ role: 'guard', areaIds: null }]);
    const thereSession = browser(app);
    await login(thereSession, person.email);
    await thereSession.request({
      method: 'POST',
      url: '/api/session/organization',
      payload: { organizationId: inviter.organizationId },
    });
    const suspended = await inviter.patch(`/api/users/${person.id}`, { suspended: true });
    expect(suspended.json()).toMatchObject({ suspended: true, disabled: false });
    expect(await stillLoggedIn(thereSession)).toBeNull();
    expect((await stillLoggedIn(homeSession))?.id).toBe(person.id);
    // A suspended membership grants nothing: it cannot be switched to, nor is it listed.
    const view = (await homeSession.request({ method: 'GET', url: '/api/session' })).json();
    expect(view.organizations.map((o: { id: string }) => o.id)).toEqual([home.id]);
    const switched = await homeSession.request({
      method: 'POST',
      url: '/api/session/organization',
      payload: { organizationId: inviter.organizationId },
    });
    expect(switched.statusCode).toBe(404);

    expect((await inviter.delete(`/api/users/${person.id}`)).statusCode).toBe(204);
    expect((await inviter.get(`/api/users/${person.id}`)).statusCode).toBe(404);
    expect((await stillLoggedIn(homeSession))?.id).toBe(person.id);
    const actions = await app.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, inviter.organizationId), eq(auditLog.entityId, person.id)));
    expect(actions.map((a) => a.action).sort()).toEqual([
      'add_member',
      'remove_member',
      'suspend_member',
      'update',
    ]);
  });

  it('lets an admin of every organization of the account disable it, logged in both', async () => {
    const app = await testApp();
    const { inviter, home, person, homeSession } = await twoCompanies(app);
    await addMembership(app, { organizationId: inviter.organizationId, userId: person.id, role: 'viewer' });
    await addMembership(app, { organizationId: home.id, userId: inviter.userId, role: 'admin' });
    const member = (await inviter.get(`/api/users/${person.id}`)).json();
    expect(member.abilities).toContain('account.disable');
    const renamed = await inviter.patch(`/api/users/${person.id}`, { displayName: 'Nytt Namn' });
    expect(renamed.statusCode).toBe(200);
    const disabled = await inviter.patch(`/api/users/${person.id}`, { disabled: true });
    expect(disabled.json().disabled).toBe(true);
    expect(await stillLoggedIn(homeSession)).toBeNull();
    // Both organizations' logs show the change to the account they share.
    for (const organizationId of [inviter.organizationId, home.id]) {
      const rows = await app.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.organizationId, organizationId), eq(auditLog.entityId, person.id)));
      expect(rows.map((r) => r.action)).toContain('disable');
    }
    // An admin of only one of them, with a suspended admin role in the other, governs nothing more.
    await app.db
      .update(memberships)
      .set({ suspendedAt: new Date() })
      .where(and(eq(memberships.organizationId, home.id), eq(memberships.userId, inviter.userId)));
    const refused = await inviter.patch(`/api/users/${person.id}`, { disabled: false });
    expect(refused.statusCode).toBe(403);
  });
});
