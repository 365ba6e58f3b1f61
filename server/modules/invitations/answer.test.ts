import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, invitations } from '../../db/schema';
import { createOrganization, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { type Browser, browser, login } from '../session/testing';
import { invite, mailedInvitationToken } from './testing';

beforeAll(async () => {
  await testApp();
});

// The link routes allow 10 requests a minute per address: each request here comes from its own,
// so the file's many link requests never meet that limit (rate limits have their own tests).
let addresses = 0;
const post = (app: FastifyInstance, url: string, payload: object, language = 'sv') =>
  app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'accept-language': language },
    remoteAddress: `10.77.0.${(++addresses % 250) + 1}`,
  });

const sessionOf = async (b: Browser) => (await b.request({ method: 'GET', url: '/api/session' })).json();

async function auditActions(app: FastifyInstance, organizationId: string) {
  const rows = await app.db
    .select({ action: auditLog.action, after: auditLog.after })
    .from(auditLog)
    .where(eq(auditLog.organizationId, organizationId));
  return rows;
}

/** An admin of one organization and a person with an account in another. */
async function inviterAndPerson(app: FastifyInstance) {
  const admin = await loginAs(app, 'admin');
  const home = await createOrganization(app, { name: 'Hemma AB' });
  const person = await createUser(app, { organizationId: home.id, role: 'guard' });
  return { admin, home, person };
}

describe('answering an invitation', () => {
  it('accepts by the mailed link: the membership is active, the link works once, both logs know', async () => {
    const app = await testApp();
    const { admin, home, person } = await inviterAndPerson(app);
    expect((await invite(admin, person.email)).statusCode).toBe(201);
    const token = await mailedInvitationToken(app, person.email);
    const looked = await post(app, '/api/invitations/look-up', { token });
    expect(looked.json()).toMatchObject({ email: person.email, roles: ['viewer'], accountExists: true });

    expect((await post(app, '/api/invitations/accept', { token })).statusCode).toBe(204);
    const b = browser(app);
    const view = (await login(b, person.email)).json();
    expect(view.organizations.map((o: { id: string }) => o.id).sort()).toEqual(
      [admin.organizationId, home.id].sort(),
    );
    const switched = await b.request({
      method: 'POST',
      url: '/api/session/organization',
      payload: { organizationId: admin.organizationId },
    });
    expect(switched.json()).toMatchObject({ roles: ['viewer'] });

    const reused = await post(app, '/api/invitations/accept', { token });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.issues).toEqual([
      { path: 'token', message: expect.stringMatching(/redan besvarad/) },
    ]);

    const inviting = (await auditActions(app, admin.organizationId)).map((r) => r.action);
    expect(inviting).toEqual(expect.arrayContaining(['invite', 'accept_invitation', 'add_member']));
    // The person's other organization learns that the account is shared, not with whom.
    const other = await auditActions(app, home.id);
    expect(other.map((r) => r.action)).toEqual(['account_shared']);
    expect(JSON.stringify(other)).not.toContain(admin.organizationId);
  });

  it('lets a new address create its account through the link, with a name and an acceptable password', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const email = `ny-${crypto.randomUUID()}@test.trygg.local`;
    await invite(admin, email, { displayName: 'Nina Ny' });
    const token = await mailedInvitationToken(app, email);
    expect((await post(app, '/api/invitations/look-up', { token })).json()).toMatchObject({
      accountExists: false,
      suggestedName: 'Nina Ny',
    });
    const noPassword = await post(app, '/api/invitations/accept', { token });
    expect(noPassword.json().error.issues).toEqual([{ path: 'password', message: 'måste fyllas i' }]);
    const weak = await post(app, '/api/invitations/accept', { token, password: 'password1234' }, 'en');
    expect(weak.json().error.issues).toEqual([
      { path: 'password', message: expect.stringMatching(/common/) },
    ]);
    const accepted = await post(app, '/api/invitations/accept', {
      token,
      displayName: 'Nina Nyberg',
      password: 'en lång och ovanlig lösenfras',
    });
    expect(accepted.statusCode).toBe(204);
    const view = (await login(browser(app), email, 'en lång och ovanlig lösenfras')).json();
    expect(view).toMatchObject({
      user: { displayName: 'Nina Nyberg' },
      organization: { id: admin.organizationId },
    });
  });

  it('accepts on the next login: the session lists the invitation, and the new organization can be switched to', async () => {
    const app = await testApp();
    const { admin, home, person } = await inviterAndPerson(app);
    await invite(admin, person.email);
    const b = browser(app);
    const view = (await login(b, person.email)).json();
    expect(view.organization.id).toBe(home.id);
    expect(view.invitations).toEqual([
      {
        id: expect.any(String),
        organizationName: expect.any(String),
        roles: ['viewer'],
        expiresAt: expect.any(String),
      },
    ]);
    // Someone else's session cannot answer it.
    const stranger = browser(app);
    await login(stranger, (await createUser(app, { organizationId: home.id, role: 'guard' })).email);
    const foreign = await stranger.request({
      method: 'POST',
      url: '/api/account/invitations/accept',
      payload: { invitationId: view.invitations[0].id },
    });
    expect(foreign.statusCode).toBe(404);

    const accepted = await b.request({
      method: 'POST',
      url: '/api/account/invitations/accept',
      payload: { invitationId: view.invitations[0].id },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().invitations).toEqual([]);
    expect(accepted.json().organizations.map((o: { id: string }) => o.id)).toContain(admin.organizationId);
    const switched = await b.request({
      method: 'POST',
      url: '/api/session/organization',
      payload: { organizationId: admin.organizationId },
    });
    expect(switched.statusCode).toBe(200);
  });

  it('declines, by link or after login; the inviting organization sees it declined', async () => {
    const app = await testApp();
    const { admin, person } = await inviterAndPerson(app);
    await invite(admin, person.email);
    const token = await mailedInvitationToken(app, person.email);
    expect((await post(app, '/api/invitations/decline', { token })).statusCode).toBe(204);
    expect((await admin.get('/api/users')).json().invitations).toEqual([
      expect.objectContaining({ email: person.email, status: 'declined' }),
    ]);
    await invite(admin, person.email);
    const b = browser(app);
    const [pending] = (await login(b, person.email)).json().invitations;
    const declined = await b.request({
      method: 'POST',
      url: '/api/account/invitations/decline',
      payload: { invitationId: pending.id },
    });
    expect(declined.json().organizations.map((o: { id: string }) => o.id)).not.toContain(
      admin.organizationId,
    );
    const actions = (await auditActions(app, admin.organizationId)).map((r) => r.action);
    expect(actions.filter((a) => a === 'decline_invitation')).toHaveLength(2);
  });

  it('refuses an expired or withdrawn invitation with a message that says which, and logs the attempt', async () => {
    const app = await testApp();
    const { admin, person } = await inviterAndPerson(app);
    const first = (await invite(admin, person.email)).json();
    const expiredToken = await mailedInvitationToken(app, person.email);
    await app.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(invitations.organizationId, admin.organizationId), eq(invitations.id, first.id)));
    const expired = await post(app, '/api/invitations/accept', { token: expiredToken });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.issues).toEqual([
      { path: 'token', message: expect.stringMatching(/gått ut/) },
    ]);
    expect((await admin.get('/api/users')).json().invitations[0]).toMatchObject({ status: 'expired' });

    const second = (await invite(admin, person.email)).json();
    const withdrawnToken = await mailedInvitationToken(app, person.email);
    expect((await admin.delete(`/api/user-invitations/${second.id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/user-invitations/${second.id}`)).statusCode).toBe(404);
    const withdrawn = await post(app, '/api/invitations/look-up', { token: withdrawnToken }, 'en');
    expect(withdrawn.json().error.issues).toEqual([
      { path: 'token', message: expect.stringMatching(/withdrawn/) },
    ]);
    const b = browser(app);
    expect((await login(b, person.email)).json().invitations).toEqual([]);
    const unknown = await post(app, '/api/invitations/accept', { token: 'x'.repeat(43) });
    expect(unknown.json().error.issues[0].message).toMatch(/ogiltig/);

    const log = await auditActions(app, admin.organizationId);
    expect(log.map((r) => r.action)).toEqual(
      expect.arrayContaining(['invite', 'withdraw_invitation', 'invitation_use_refused']),
    );
    expect(log.filter((r) => r.action === 'invitation_use_refused').map((r) => r.after)).toEqual(
      expect.arrayContaining([{ reason: 'expired' }, { reason: 'withdrawn' }]),
    );
    expect((await sessionOf(b)).organizations.map((o: { id: string }) => o.id)).not.toContain(
      admin.organizationId,
    );
  });

  it('lets someone in no organization any more log in, accept, and start working in the new one', async () => {
    const app = await testApp();
    const { admin, home, person } = await inviterAndPerson(app);
    const homeAdmin = await loginAs(app, 'admin', { organizationId: home.id });
    expect((await homeAdmin.delete(`/api/users/${person.id}`)).statusCode).toBe(204);
    await invite(admin, person.email);
    const b = browser(app);
    const view = (await login(b, person.email)).json();
    expect(view).toMatchObject({ organization: null, organizations: [] });
    const accepted = await b.request({
      method: 'POST',
      url: '/api/account/invitations/accept',
      payload: { invitationId: view.invitations[0].id },
    });
    expect(accepted.json()).toMatchObject({ organization: { id: admin.organizationId }, roles: ['viewer'] });
  });
});
