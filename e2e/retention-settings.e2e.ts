import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { demoLogin } from './harness/logins';
import { screenshot } from './harness/screenshot';

// Selectors by role and Swedish accessible name (web/src/modules/retention/catalogue-sv.ts).
const ui = {
  email: (page: Page) => page.getByRole('textbox', { name: 'E-postadress' }),
  password: (page: Page) => page.getByRole('textbox', { name: 'Lösenord', exact: true }),
  loginButton: (page: Page) => page.getByRole('button', { name: 'Logga in' }),
  section: (page: Page) => page.getByRole('region', { name: 'Gallring' }),
  contact: (page: Page) => page.getByRole('textbox', { name: /Kontaktuppgifter i anmälningar/ }),
  decision: (page: Page) => page.getByRole('textbox', { name: /Gallringsbeslut/ }),
  save: (page: Page) => ui.section(page).getByRole('button', { name: 'Spara' }),
  runs: (page: Page) => page.getByRole('heading', { name: 'Senaste körningar' }),
};

describe('retention settings: an admin sets the schedule within its bounds', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a period below the bound, saves one within it with the decision, and lists the runs', async () => {
    const admin = demoLogin('admin');
    const page = await newPage(browser, 'sv-SE');
    await page.goto('/login');
    await ui.email(page).fill(admin.email);
    await ui.password(page).fill(admin.password);
    await ui.loginButton(page).click();
    await page.waitForURL(/\/areas/);
    await page.goto('/settings');
    await ui.contact(page).fill('0');
    await ui.save(page).click();
    await expect(ui.section(page).getByText('minst 1').first().waitFor()).resolves.toBeUndefined();
    await ui.contact(page).fill('6');
    await ui.decision(page).fill('Styrelsebeslut 2026-03-12 § 7');
    await ui.save(page).click();
    await page.getByText('Sparat').first().waitFor();
    await ui.runs(page).waitFor();
    await expectAxeClean(page, 'settings with retention');
    await screenshot(page, 'retention-settings');
    await page.reload();
    await expect(ui.contact(page).inputValue()).resolves.toBe('6');
    await page.context().close();
  });
});
