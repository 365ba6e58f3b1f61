import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage, viewports } from './harness/browser';
import { demoLogin } from './harness/logins';
import { pdfText } from './harness/pdf-text';
import { entranceToken, tenantForm as form, tenantPhone } from './harness/reports';
import { artifactsDir, screenshot } from './harness/screenshot';

// Selectors by role and Swedish accessible name (web/src/modules/privacy/catalogue-sv.ts).
const ui = {
  nav: (page: Page) => page.getByRole('link', { name: 'Registrerades rättigheter' }),
  email: (page: Page) => page.getByRole('textbox', { name: 'E-postadress' }),
  reference: (page: Page) => page.getByRole('textbox', { name: /Ärendets referens/ }),
  button: (page: Page, name: string | RegExp) => page.getByRole('button', { name }),
  counts: (page: Page) => page.getByTestId('subject-counts'),
};

const email = `hyresgast-${Date.now()}@example.se`;
const reference = `DNR ${new Date().getFullYear()}/${Date.now() % 10_000}`;

/** The tenant reports a broken lamp through the public form, leaving an e-mail for updates. */
async function tenantReports(browser: Browser): Promise<string> {
  const page = await tenantPhone(browser, 'sv-SE');
  await page.goto(`/e/${entranceToken('FIT/1/2')}`);
  await form.category(page, 'lighting').check();
  await form.description(page).fill('Lampan utanför min dörr är trasig, jag bor i 12B.');
  await page.locator('#f-name').fill('Amina Hyresgäst');
  await page.locator('#f-email').fill(email);
  await page.locator('#f-consent').check();
  await form.submit(page).click();
  await form.trackingCode(page).waitFor({ timeout: 30_000 });
  const code = (await form.trackingCode(page).textContent())?.trim() ?? '';
  await page.context().close();
  return code;
}

/** The demo social coordinator logs in through the Swedish login page. */
async function logInSocialCoordinator(page: Page) {
  const login = demoLogin('social_coordinator');
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(login.email);
  await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(login.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Clicks a download button and returns the file's bytes. */
async function downloaded(page: Page, name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), ui.button(page, name).click()]);
  const file = await download.path();
  return readFile(file);
}

describe('the social coordinator finds, exports and erases a tenant’s data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the person by e-mail, exports JSON and PDF, erases; the report then has no contact details', async () => {
    const code = await tenantReports(browser);
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);

    const page = await newPage(browser);
    await logInSocialCoordinator(page);
    await ui.nav(page).click();
    await page.getByRole('heading', { level: 1, name: 'Registrerades rättigheter' }).waitFor();
    await expectAxeClean(page, 'subject requests (empty)');

    // Without a reference the search is refused, naming the field.
    await ui.email(page).fill(email);
    await ui.button(page, 'Sök').click();
    await page.getByText('måste anges').first().waitFor();

    await ui.reference(page).fill(reference);
    await ui.button(page, 'Sök').click();
    await ui.counts(page).waitFor();
    expect(await ui.counts(page).textContent()).toContain('Anmälningar där personen är kontakt: 1');
    await page.getByRole('cell', { name: code }).waitFor();
    await expectAxeClean(page, 'subject requests (found)');
    await screenshot(page, 'subject-request-found');

    const json = JSON.parse((await downloaded(page, 'Hämta utdrag (JSON)')).toString('utf8'));
    expect(json.reference).toBe(reference);
    expect(json.reports[0]).toMatchObject({
      trackingCode: code,
      contact: { email, name: 'Amina Hyresgäst' },
    });
    const pdfBytes = await downloaded(page, 'Hämta utdrag (PDF)');
    await writeFile(path.join(artifactsDir, 'subject-request-export.pdf'), pdfBytes);
    const pdf = await pdfText(pdfBytes);
    expect(pdf.pages.join('\n')).toContain(code);
    expect(pdf.pages.join('\n')).toContain('Registerutdrag');
    // In the tenant's language (Swedish here), with what they wrote.
    expect(pdf.pages.join('\n')).toContain('Lampan utanför min dörr är trasig');
    expect(pdf.pages.join('\n')).toContain('Status: Ny');

    await ui.button(page, 'Radera personens uppgifter').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(reference);
    await expectAxeClean(page, 'subject requests (confirm erasure)');
    await dialog.getByRole('button', { name: 'Radera', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Raderat: 1 anmälningar' }).waitFor();

    // The report stays for the statistics, without the person's data.
    const found = (await (await page.request.get(`/api/reports?q=${code}`)).json()) as {
      items: { id: string }[];
    };
    expect(found.items).toHaveLength(1);
    await page.goto(`/reports/${found.items[0].id}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: code }).waitFor();
    await page.getByText('[raderat]').first().waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain(email);
    expect(text).not.toContain('Amina');
    await expectAxeClean(page, 'erased report');
    await screenshot(page, 'subject-request-erased-report');

    // A second search finds nothing left.
    await ui.nav(page).click();
    await ui.email(page).fill(email);
    await ui.reference(page).fill(reference);
    await ui.button(page, 'Sök').click();
    await page.getByText('Inget finns om personen i organisationen.').waitFor();
    await page.context().close();
  });

  it('works on a phone: the page from the menu, the search, axe clean', async () => {
    const page = await newPage(browser, 'sv-SE', viewports.phone);
    await logInSocialCoordinator(page);
    // On a phone the navigation sits behind the burger menu.
    await page.getByRole('button', { name: 'Öppna menyn' }).click();
    await ui.nav(page).click();
    await page.getByRole('heading', { level: 1, name: 'Registrerades rättigheter' }).waitFor();
    await ui.email(page).fill(`ingen-${Date.now()}@example.se`);
    await ui.reference(page).fill(reference);
    await ui.button(page, 'Sök').click();
    await page.getByText('Inget finns om personen i organisationen.').waitFor();
    await expectAxeClean(page, 'subject requests on a phone');
    await screenshot(page, 'subject-request-phone');
    await page.context().close();
  });
});
