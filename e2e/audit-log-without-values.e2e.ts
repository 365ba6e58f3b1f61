import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../common/roles';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { demoLogin } from './harness/logins';
import { screenshot } from './harness/screenshot';

// Selectors by role and Swedish accessible name (web/src/i18n/sv.ts, modules/reports/catalogue-sv.ts).
const ui = {
  heading: (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }),
  select: (page: Page, name: string | RegExp) => page.getByRole('combobox', { name }),
  description: (page: Page) => page.getByRole('textbox', { name: /^Beskrivning/ }),
  submit: (page: Page) => page.getByRole('button', { name: 'Registrera rapporten' }),
  auditRow: (page: Page) => page.getByRole('row').filter({ hasText: 'report' }).first(),
};

async function logIn(page: Page, role: Role) {
  const login = demoLogin(role);
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(login.email);
  await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(login.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/areas/);
}

describe('the audit log says which fields changed, not what a report said', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a coordinator registers a report naming a person; the admin sees "description: ändrad" without the text', async () => {
    const coordinator = await newPage(browser);
    await logIn(coordinator, 'safety_coordinator');
    await coordinator.goto('/reports/new');
    await ui.heading(coordinator, 'Ny rapport').waitFor();
    const description = `Grannen Kalle Svensson (19850101-1234) langar i trapphuset ${Date.now()}`;
    await ui.select(coordinator, /^Kategori/).selectOption({ label: 'Belysning' });
    await ui.description(coordinator).fill(description);
    await ui.select(coordinator, /^Område/).selectOption({ label: 'Norsborg' });
    await ui.submit(coordinator).click();
    await ui.heading(coordinator, /^Rapport /).waitFor();
    await coordinator.context().close();

    const admin = await newPage(browser);
    await logIn(admin, 'admin');
    await admin.goto('/audit');
    await ui.heading(admin, 'Logg').waitFor();
    const row = ui.auditRow(admin);
    await row.getByText('description: ändrad (loggen sparar inte värdet)').waitFor();
    expect(await admin.content()).not.toContain('Kalle Svensson');
    expect(await admin.content()).not.toContain('19850101-1234');
    await admin.waitForLoadState('networkidle');
    await expectAxeClean(admin, 'audit log');
    await screenshot(admin, 'audit-log-changed-without-value');
    await admin.context().close();
  });
});
