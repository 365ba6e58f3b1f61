import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { logIn } from './harness/reports';
import { screenshot } from './harness/screenshot';

// Selectors by role and Swedish accessible name (web/src/modules/reports/catalogue-sv.ts).
const ui = {
  heading: (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }),
  select: (page: Page, name: string | RegExp) => page.getByRole('combobox', { name }),
  description: (page: Page) => page.getByRole('textbox', { name: /^Beskrivning/ }),
  whereExactly: (page: Page) => page.getByRole('textbox', { name: /^Var exakt/ }),
  submit: (page: Page) => page.getByRole('button', { name: 'Registrera rapporten' }),
};

describe('a coordinator writes down a report that came by phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens "Ny rapport" from the inbox, is told what is missing, then lands on the new report', async () => {
    const page = await newPage(browser);
    await logIn(page, 'safety_coordinator');
    await page.goto('/reports');
    await ui.heading(page, 'Inkorg').waitFor();
    await page.getByRole('link', { name: 'Ny rapport' }).click();
    await ui.heading(page, 'Ny rapport').waitFor();

    // Empty: the server names the fields, and the form shows each message on its field.
    await ui.submit(page).click();
    await page.getByText('måste anges').first().waitFor();
    expect(await ui.select(page, /^Kategori/).getAttribute('aria-invalid')).toBe('true');
    expect(await ui.description(page).getAttribute('aria-invalid')).toBe('true');
    await page.waitForLoadState('networkidle');
    await expectAxeClean(page, 'new report with errors');
    await screenshot(page, 'staff-new-report-errors');

    const description = `Hyresgäst ringde ${Date.now()}: lampan i trapphuset blinkar.`;
    await ui.select(page, /^Kategori/).selectOption({ label: 'Belysning' });
    await ui.description(page).fill(description);
    await ui.select(page, /^Område/).selectOption({ label: 'Norsborg' });
    // Choosing the area offers its buildings, and a building its entrances.
    await ui.select(page, /^Byggnad/).selectOption({ index: 1 });
    await ui.select(page, /^Uppgång/).selectOption({ index: 1 });
    await ui.whereExactly(page).fill('Trapphuset, plan 2');
    await screenshot(page, 'staff-new-report-filled');
    await ui.submit(page).click();

    await ui.heading(page, /^Rapport /).waitFor();
    expect(page.url()).toMatch(/\/reports\/[0-9a-f-]{36}$/);
    await page.getByText(description).waitFor();
    await page.getByText('Personal', { exact: true }).waitFor();
    await page.getByText(/Norsborg.*Trapphuset, plan 2/).waitFor();
    await page.getByText(/^Rapporten .+ är registrerad\.$/).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAxeClean(page, 'staff-made report');
    await screenshot(page, 'staff-new-report-created');
    await page.context().close();
  });
});
