import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { demoLogin } from './harness/logins';

// Botkyrkabyggen's admin invites a person whose account belongs to Helsingborgshem. The person
// accepts after logging in and switches organization; the inviting admin then manages the
// membership only: neither the UI nor the API lets them rename or disable the account.
const admin = demoLogin('admin', 'botkyrkabyggen');
const person = demoLogin('viewer', 'helsingborgshem');

const ui = {
  dialog: (page: Page) => page.getByRole('dialog'),
  // Demo users have the same names in both companies: rows are told apart by e-mail.
  row: (page: Page, email: string) => page.getByRole('row').filter({ hasText: email }),
  button: (page: Page, name: string | RegExp) => page.getByRole('button', { name }),
  status: (page: Page, text: string | RegExp) => page.getByText(text),
};

async function logIn(page: Page, login: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(login.email);
  await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(login.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/areas/);
}

/** A request as the web app sends it: with the session's CSRF token. */
async function apiPatch(page: Page, url: string, data: object) {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  return page.request.patch(url, { data, headers: { 'x-csrf-token': session.csrfToken } });
}

describe('an admin invites a person who already has an account in the other organization', () => {
  let browser: Browser;
  let adminPage: Page;
  let personPage: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    adminPage = await newPage(browser, 'sv-SE');
    personPage = await newPage(browser, 'sv-SE');
    await logIn(adminPage, admin);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('invites by e-mail and sees only the address and the roles it chose', async () => {
    await adminPage.goto('/users');
    await ui.button(adminPage, 'Bjud in').click();
    const dialog = ui.dialog(adminPage);
    await dialog.getByRole('textbox', { name: 'E-postadress' }).fill(person.email);
    await expectAxeClean(adminPage, 'invitation form');
    await dialog.getByRole('button', { name: 'Bjud in' }).click();
    await ui.status(adminPage, 'Inbjudan är skickad.').waitFor();
    const row = ui.row(adminPage, person.email);
    await row.getByText('Väntar på svar').waitFor();
    // Nothing about the account behind the address: not the person's name.
    expect(await row.textContent()).not.toContain(person.displayName);
    await expectAxeClean(adminPage, 'users page with an invitation');
  });

  it('the person accepts after logging in and switches to the new organization', async () => {
    await logIn(personPage, person);
    await personPage.getByText('Botkyrkabyggen bjuder in dig').waitFor();
    await expectAxeClean(personPage, 'pending invitation');
    await ui.button(personPage, 'Tacka ja till inbjudan från Botkyrkabyggen').click();
    await ui.status(personPage, /Du är nu med i Botkyrkabyggen/).waitFor();
    const switcher = personPage.getByRole('combobox', { name: 'Organisation' });
    await switcher.selectOption({ label: 'Botkyrkabyggen' });
    await expect.poll(() => switcher.inputValue()).not.toBe('');
    await personPage.getByText('Botkyrkabyggen', { exact: true }).first().waitFor();
    const session = (await (await personPage.request.get('/api/session')).json()) as {
      organization: { name: string };
    };
    expect(session.organization.name).toBe('Botkyrkabyggen');
  });

  it('offers the inviting admin the membership, not the account, and the API refuses the rest', async () => {
    await adminPage.goto('/users');
    const name = person.displayName;
    const row = ui.row(adminPage, person.email);
    await row.getByRole('button', { name: `Redigera: ${name}` }).waitFor();
    await row.getByRole('button', { name: `Stäng av medlemskap: ${name}` }).waitFor();
    expect(await row.getByRole('button', { name: `Stäng av kontot: ${name}` }).count()).toBe(0);
    await row.getByRole('button', { name: `Redigera: ${name}` }).click();
    const dialog = ui.dialog(adminPage);
    await dialog.getByText(/Kontot hör även till andra organisationer/).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Namn' }).isDisabled()).toBe(true);
    await expectAxeClean(adminPage, 'editing a shared account');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();

    const users = (await (await adminPage.request.get('/api/users')).json()) as {
      items: { id: string; email: string }[];
    };
    const member = users.items.find((u) => u.email === person.email);
    expect(member).toBeDefined();
    const rename = await apiPatch(adminPage, `/api/users/${member?.id}`, { displayName: 'Kapad' });
    expect(rename.status()).toBe(403);
    const disable = await apiPatch(adminPage, `/api/users/${member?.id}`, { disabled: true });
    expect(disable.status()).toBe(403);
    expect(((await disable.json()) as { error: { issues: { path: string }[] } }).error.issues[0].path).toBe(
      'disabled',
    );
  });

  it('removes the membership again; the person stays logged in to their own organization', async () => {
    const name = person.displayName;
    const row = ui.row(adminPage, person.email);
    await row.getByRole('button', { name: `Ta bort ur organisationen: ${name}` }).click();
    await expectAxeClean(adminPage, 'remove member dialog');
    await ui.dialog(adminPage).getByRole('button', { name: 'Ta bort ur organisationen' }).click();
    await ui.status(adminPage, 'Personen är borttagen ur organisationen.').waitFor();
    await row.waitFor({ state: 'detached' });
    // The session working in Botkyrkabyggen ended; a new login reaches Helsingborgshem as before.
    await logIn(personPage, person);
    const session = (await (await personPage.request.get('/api/session')).json()) as {
      organization: { name: string };
      user: { displayName: string };
    };
    expect(session).toMatchObject({ organization: { name: 'Helsingborgshem' }, user: { displayName: name } });
  });

  it('the invitation link page says plainly when a link cannot be used', async () => {
    const page = await newPage(browser, 'sv-SE');
    await page.goto(`/invitation?token=${'x'.repeat(43)}`);
    await page.getByRole('heading', { level: 1, name: 'Inbjudan till Trygg' }).waitFor();
    await page
      .getByRole('alert')
      .getByText(/Länken till inbjudan är ogiltig/)
      .waitFor();
    await expectAxeClean(page, 'invitation link page');
  });
});
