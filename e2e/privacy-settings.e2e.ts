import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { baseUrl, launchBrowser, viewports } from './harness/browser';
import { demoLogin } from './harness/logins';
import { screenshot } from './harness/screenshot';

async function logInAsAdmin(page: Page) {
  const login = demoLogin('admin');
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(login.email);
  await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(login.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/areas/);
}

describe('an admin keeps the privacy contacts the tenants’ notice shows', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sees the demo controller and DPO, is told which field is wrong, and saves', async () => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      viewport: viewports.desktop,
      baseURL: baseUrl(),
    });
    const page = await context.newPage();
    await logInAsAdmin(page);
    await page.goto('/settings');
    await page
      .getByRole('heading', { name: 'Dataskydd: personuppgiftsansvarig och dataskyddsombud' })
      .waitFor();
    const controller = page.getByRole('group', { name: 'Personuppgiftsansvarig' });
    expect(await controller.getByRole('textbox', { name: 'Juridiskt namn' }).inputValue()).toBe(
      'AB Botkyrkabyggen',
    );
    const link = page.getByRole('link', { name: 'Öppna integritetsmeddelandet' });
    expect(await link.getAttribute('href')).toMatch(/\/privacy\/botkyrkabyggen$/);
    await page.waitForLoadState('networkidle');
    await expectAxeClean(page, 'settings with privacy contacts');

    const dpoEmail = page
      .getByRole('group', { name: 'Dataskyddsombud' })
      .getByRole('textbox', { name: 'E-post' });
    const kept = await dpoEmail.inputValue();
    await dpoEmail.fill('inte-en-adress');
    const section = page.locator('section[aria-labelledby="privacy-contacts-title"]');
    await section.getByRole('button', { name: 'Spara' }).click();
    await page.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await dpoEmail.getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page, 'privacy contacts with an error');
    await screenshot(page, 'settings-privacy-contacts-error');

    await dpoEmail.fill(kept);
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/organization/privacy') && r.request().method() === 'PUT',
    );
    await section.getByRole('button', { name: 'Spara' }).click();
    expect((await saved).status()).toBe(200);
    expect(await dpoEmail.getAttribute('aria-invalid')).not.toBe('true');
    await context.close();
  });
});
