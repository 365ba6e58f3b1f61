import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage, viewports } from './harness/browser';
import { screenshot } from './harness/screenshot';

// Selectors by role and accessible name (Swedish, the first language), kept here to adjust.
const ui = {
  heading: (page: Page) => page.getByRole('heading', { name: 'Logga in' }),
  email: (page: Page) => page.getByRole('textbox', { name: 'E-postadress' }),
  password: (page: Page) => page.getByRole('textbox', { name: 'Lösenord', exact: true }),
  submit: (page: Page) => page.getByRole('button', { name: 'Logga in' }),
};

// Pages anyone can open without logging in. /api/docs is the third-party Swagger UI: not ours to fix.
describe('public pages render and are accessible', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says how long to wait after too many wrong passwords, in the page language', async () => {
    const page = await newPage(browser, 'sv-SE', viewports.desktop);
    await page.goto('/login');
    await ui.heading(page).waitFor();
    // An address with no account: it is throttled exactly like a real one, and no demo login is held up.
    await ui.email(page).fill(`ingen-${Date.now()}@example.com`);
    await ui.password(page).fill('inte rätt lösenord');
    const alert = page.getByRole('alert');
    for (let attempt = 0; attempt < 12; attempt++) {
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/session/login'));
      await ui.submit(page).click();
      if ((await answered).status() === 429) break;
      await alert.waitFor();
      await expect(alert.innerText()).resolves.toMatch(/Fel e-postadress eller lösenord/);
    }
    await page.getByText(/^För många försök\. Försök igen om \d+ sekund(er)?\.$/).waitFor();
    expect(await alert.innerText()).toMatch(/Försök igen om/);
    await expectAxeClean(page, '/login (asked to wait)');
    await page.context().close();
  });

  for (const [name, viewport] of Object.entries(viewports)) {
    it(`/login on ${name}`, async () => {
      const page = await newPage(browser, 'sv-SE', viewport);
      const response = await page.goto('/login');
      expect(response?.status()).toBe(200);
      await ui.heading(page).waitFor();
      expect(await ui.email(page).isVisible()).toBe(true);
      expect(await ui.password(page).isVisible()).toBe(true);
      expect(await ui.submit(page).isEnabled()).toBe(true);
      await expectAxeClean(page, `/login (${name})`);
      await screenshot(page, `login-${name}`);
      await page.context().close();
    });
  }
});
