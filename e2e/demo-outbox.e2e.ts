import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { demoLogin } from './harness/logins';
import { screenshot } from './harness/screenshot';

// The harness starts Trygg on an empty database, so npm start's seed made it a demo installation.
// Selectors by role and Swedish accessible name (web/src/i18n/sv.ts).
const ui = {
  demoBanner: (page: Page) => page.getByTestId('demo-banner'),
  email: (page: Page) => page.getByRole('textbox', { name: 'E-postadress' }),
  password: (page: Page) => page.getByRole('textbox', { name: 'Lösenord', exact: true }),
  loginButton: (page: Page) => page.getByRole('button', { name: 'Logga in' }),
  forgotLink: (page: Page) => page.getByRole('link', { name: 'Glömt lösenordet?' }),
  sendLink: (page: Page) => page.getByRole('button', { name: 'Skicka länk' }),
  sent: (page: Page) => page.getByRole('status').filter({ hasText: 'Om adressen finns hos oss' }),
  mainNav: (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' }),
  outboxNav: (page: Page) => ui.mainNav(page).getByRole('link', { name: 'Utkorg (demo)' }),
  outboxHeading: (page: Page) => page.getByRole('heading', { level: 1, name: 'Utkorg (demo)' }),
  mail: (page: Page, to: string) => page.getByRole('listitem').filter({ hasText: to }),
  unavailable: (page: Page) => page.getByText('Utkorgen är inte tillgänglig'),
};

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await ui.email(page).fill(email);
  await ui.password(page).fill(password);
  await ui.loginButton(page).click();
  await page.waitForURL(/\/areas/);
}

describe('demo installation: banner, and the outbox for admins only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the login page says it is a demo, in Swedish and in English', async () => {
    const sv = await newPage(browser, 'sv-SE');
    await sv.goto('/login');
    await expect(ui.demoBanner(sv).textContent()).resolves.toMatch(
      /Demoinstallation.*Lägg inte in riktiga uppgifter/,
    );
    await expectAxeClean(sv, 'login with demo banner');
    await screenshot(sv, 'login-demo-banner');
    await sv.context().close();
    const en = await newPage(browser, 'en-GB');
    await en.goto('/login');
    await expect(ui.demoBanner(en).textContent()).resolves.toMatch(
      /Demo installation.*Do not enter real information/,
    );
    await en.context().close();
  });

  it("an admin requests a reset link from the login page and reads it in the outbox, with the mail's text", async () => {
    const admin = demoLogin('admin');
    const page = await newPage(browser, 'sv-SE');
    await page.goto('/login');
    await ui.forgotLink(page).click();
    await ui.email(page).fill(admin.email);
    await ui.sendLink(page).click();
    await ui.sent(page).waitFor();

    await logIn(page, admin.email, admin.password);
    await ui.outboxNav(page).click();
    await ui.outboxHeading(page).waitFor();
    const mail = ui.mail(page, admin.email).first();
    await mail.waitFor();
    expect(await mail.textContent()).toMatch(/Återställ ditt lösenord/);
    const link = mail.getByRole('link', { name: /\/reset-password\?token=/ }).first();
    expect(await link.getAttribute('href')).toMatch(/\/reset-password\?token=[\w-]+$/);
    await expectAxeClean(page, 'outbox with a reset mail');
    await screenshot(page, 'outbox-admin');
    await page.context().close();
  });

  it('is absent for a safety coordinator: not in the navigation, 403 from the API', async () => {
    const coordinator = demoLogin('safety_coordinator');
    const page = await newPage(browser, 'sv-SE');
    await logIn(page, coordinator.email, coordinator.password);
    await ui.mainNav(page).getByRole('link').first().waitFor();
    expect(await ui.outboxNav(page).count()).toBe(0);
    expect((await page.request.get('/api/dev/outbox')).status()).toBe(403);
    await page.goto('/dev/outbox');
    await ui.unavailable(page).waitFor();
    await page.context().close();
  });
});
