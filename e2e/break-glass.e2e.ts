import { type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { baseUrl, launchBrowser, newPage } from './harness/browser';
import { demoLogin } from './harness/logins';
import { entranceToken, fileReport, type Receipt } from './harness/reports';
import { screenshot } from './harness/screenshot';

/**
 * The journey "an admin's break-glass read of a restricted report appears in the log
 * review": a tenant reports a disturbance (a restricted category); the admin opens it and finds
 * its content hidden; breaks the glass with a reason (after the server refuses none); reads it;
 * and the log page lists the break-glass with the reason. axe on each page on the way.
 */

const description = `Hög musik och skrik från lägenheten ovanför varje natt ${Date.now()}`;
const reason = 'Polisen begär underlag om störningen i natt';

const ui = {
  heading: (page: Page, name: string | RegExp, level = 1) => page.getByRole('heading', { level, name }),
  button: (page: Page, name: string | RegExp) => page.getByRole('button', { name }),
  dialog: (page: Page) => page.getByRole('dialog'),
};

describe('an admin breaks the glass on a restricted report, and the log review shows it', () => {
  let browser: Browser;
  let page: Page;
  let report: Receipt;
  beforeAll(async () => {
    const tenant = await request.newContext({ baseURL: baseUrl() });
    report = await fileReport(tenant, entranceToken('NOR/1/1'), description, 'disturbance');
    await tenant.dispose();
    browser = await launchBrowser();
    page = await newPage(browser);
    const login = demoLogin('admin', 'botkyrkabyggen');
    await page.goto('/login');
    await page.getByRole('textbox', { name: 'E-postadress' }).fill(login.email);
    await page.getByLabel('Lösenord').first().fill(login.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(/\/areas/);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the admin sees the restricted report exists, but not what it says', async () => {
    await page.goto(`/reports/${report.id}`);
    await ui.heading(page, `Rapport ${report.trackingCode}`).waitFor();
    await page.getByText('Beskrivningen visas bara för det bosociala teamet.').waitFor();
    expect(await page.getByText(description).count()).toBe(0);
    await expectAxeClean(page, 'restricted report, content hidden');
    await screenshot(page, 'break-glass-hidden');
  });

  it('breaks the glass with a reason, after the server asks for one, and reads the report', async () => {
    await ui.button(page, 'Nödåtkomst').click();
    const dialog = ui.dialog(page);
    await dialog.getByRole('button', { name: 'Öppna med nödåtkomst' }).click();
    // The server's 400 names the field; the message lands on the reason's textarea.
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Skäl' }).getAttribute('aria-invalid'))
      .toBe('true');
    await expectAxeClean(page, 'break-glass dialog with a field error');
    await dialog.getByRole('textbox', { name: 'Skäl' }).fill(reason);
    await dialog.getByRole('button', { name: 'Öppna med nödåtkomst' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(description).waitFor();
    await page.getByText(/Du har nödåtkomst till ärendet till/).waitFor();
    await expectAxeClean(page, 'restricted report opened by break-glass');
    await screenshot(page, 'break-glass-report');
  });

  it('the log review lists the break-glass with who, which report and the reason', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Logg' }).click();
    const section = page.getByRole('region', { name: 'Nödåtkomst' });
    await section.waitFor();
    const row = section.getByRole('row').filter({ hasText: report.trackingCode });
    await row.getByRole('cell', { name: reason }).waitFor();
    await row.getByRole('link', { name: report.trackingCode }).waitFor();
    // The text the tenant wrote is nowhere in the log.
    expect(await page.getByText(description).count()).toBe(0);
    await expectAxeClean(page, 'log review with break-glass');
    await screenshot(page, 'break-glass-log');
  });
});
