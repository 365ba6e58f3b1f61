import { describe, expect, it } from 'vitest';
import { createOrganization, createUser, testPassword } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { browser, login } from '../session/testing';

describe('account', () => {
  it('changes display name and language', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const b = browser(app);
    await login(b, user.email);
    const patched = await b.request({
      method: 'PATCH',
      url: '/api/account',
      payload: { displayName: 'Karin', locale: 'sv' },
    });
    expect(patched.json().user).toMatchObject({ displayName: 'Karin', locale: 'sv' });
    const bad = await b.request({ method: 'PATCH', url: '/api/account', payload: { locale: 'de' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('locale');
  });

  it('changes the password, refusing common ones and ending the other sessions', async () => {
    const app = await testApp();
    const org = await createOrganization(app);
    const user = await createUser(app, { organizationId: org.id, role: 'viewer' });
    const here = browser(app);
    const elsewhere = browser(app);
    await login(here, user.email);
    await login(elsewhere, user.email);
    const change = (currentPassword: string, newPassword: string) =>
      here.request({
        method: 'POST',
        url: '/api/account/password',
        payload: { currentPassword, newPassword },
      });
    const wrong = await change('not my password', 'a brand new passphrase');
    expect(wrong.json().error.issues[0].path).toBe('currentPassword');
    const common = await change(testPassword, 'iloveyou1234');
    expect(common.json().error.issues).toEqual([
      { path: 'newPassword', message: expect.stringMatching(/common/) },
    ]);
    const short = await change(testPassword, 'kort');
    expect(short.json().error.issues[0].message).toMatch(/12/);
    expect((await change(testPassword, 'a brand new passphrase')).statusCode).toBe(204);
    expect((await here.request({ method: 'GET', url: '/api/session' })).json().user.id).toBe(user.id);
    expect((await elsewhere.request({ method: 'GET', url: '/api/session' })).json().user).toBeNull();
    expect((await login(browser(app), user.email, 'a brand new passphrase')).statusCode).toBe(200);
  });
});
