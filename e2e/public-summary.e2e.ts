import type { Browser, Page } from 'playwright-core';
import { request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { baseUrl, launchBrowser, newPage } from './harness/browser';
import { demoLogin } from './harness/logins';
import { entranceToken, tenantForm as form, logIn, tenantPhone } from './harness/reports';

// A tenant's words that must never be published: a neighbour named by flat.
const description = 'Lampan vid porten är trasig igen, killarna i 1102 slår sönder den';
const summary = 'Trasig belysning vid en port i Fittja';

async function logInAdmin(page: Page) {
  const login = demoLogin('admin');
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(login.email);
  await page.getByLabel('Lösenord').first().fill(login.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/areas/);
}

/** The admin's switch under Report settings → Publication, flipped with the keyboard. */
async function setPublication(page: Page, on: boolean) {
  await page.goto('/settings/reports');
  await page.getByRole('tab', { name: 'Publicering' }).click();
  const checkbox = page.getByRole('checkbox', { name: 'Publicera sammanfattningar som personalen godkänt' });
  await checkbox.waitFor();
  if ((await checkbox.isChecked()) !== on) {
    await checkbox.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => checkbox.isChecked()).toBe(on);
    await expect.poll(() => checkbox.isDisabled()).toBe(false);
  }
}

/** The request as anyone reads it through Open311, without a key. */
async function publicRead(id: string) {
  const open = await request.newContext({ baseURL: baseUrl() });
  const answer = await open.get(`/api/open311/v2/requests/${id}.json?jurisdiction_id=botkyrkabyggen`);
  expect(answer.status()).toBe(200);
  const body = await answer.text();
  await open.dispose();
  expect(body).not.toContain('1102');
  return JSON.parse(body)[0] as { description: string; address: string | null };
}

describe('publication with moderation', () => {
  let browser: Browser;
  let admin: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser, 'sv-SE');
    await logInAdmin(admin);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the tenant is told what becomes public; a coordinator approves and withdraws a summary', async () => {
    await setPublication(admin, true);
    await expectAxeClean(admin, 'report settings, publication');

    const tenant = await tenantPhone(browser, 'sv-SE');
    await tenant.goto(`/e/${entranceToken('FIT/1/1')}`);
    await form.submit(tenant).waitFor();
    const notice = tenant.locator('#publication-notice');
    expect(await notice.textContent()).toContain('Kategori, status och ungefärligt område visas öppet');
    expect(await notice.textContent()).toContain('sammanfattning');
    await form.category(tenant, 'disturbance').check();
    expect(await notice.textContent()).toBe('Inget från den här anmälan visas öppet.');
    await form.category(tenant, 'lighting').check();
    await expectAxeClean(tenant, 'tenant form with the publication notice');
    await form.description(tenant).fill(description);
    await form.submit(tenant).click();
    await form.trackingCode(tenant).waitFor({ timeout: 30_000 });
    const code = (await form.trackingCode(tenant).textContent())?.trim() ?? '';
    await tenant.context().close();

    const coordinator = await newPage(browser, 'sv-SE');
    await logIn(coordinator, 'safety_coordinator');
    const found = await coordinator.request.get(`/api/reports?q=${code}`);
    const id = ((await found.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
    expect(id).not.toBe('');
    expect((await publicRead(id)).description).toBe('');

    await coordinator.goto(`/reports/${id}`);
    await coordinator.getByRole('heading', { level: 2, name: 'Publik sammanfattning' }).waitFor();
    // Pre-filled from the description, then rewritten: only approving publishes anything.
    await coordinator.getByRole('button', { name: 'Fyll i från beskrivningen' }).click();
    const text = coordinator.getByRole('textbox', { name: 'Sammanfattning att publicera' });
    expect(await text.inputValue()).toBe(description);
    expect((await publicRead(id)).description).toBe('');
    await text.fill(summary);
    await text.focus();
    await coordinator.keyboard.press('Tab');
    await coordinator.keyboard.press('Tab');
    expect(await coordinator.evaluate(() => document.activeElement?.textContent)).toBe(
      'Godkänn och publicera',
    );
    await coordinator.keyboard.press('Enter');
    await coordinator.getByText('Publiceras via Open311').waitFor();
    await coordinator.getByText(/Godkänd av/).waitFor();
    await expectAxeClean(coordinator, 'report page with an approved public summary');
    expect((await publicRead(id)).description).toBe(summary);

    await coordinator.getByRole('button', { name: 'Dra tillbaka' }).click();
    await coordinator.getByText('Publiceras via Open311').waitFor({ state: 'detached' });
    expect((await publicRead(id)).description).toBe('');
    await coordinator.context().close();
  });

  // Also leaves the demo as other journeys expect it: publication off.
  it('the admin turns publication off; the form then promises no summary', async () => {
    await setPublication(admin, false);
    const tenant = await tenantPhone(browser, 'en');
    await tenant.goto(`/e/${entranceToken('FIT/1/1')}`);
    await form.submit(tenant).waitFor();
    expect(await tenant.locator('#publication-notice').textContent()).toBe(
      'The category, status and approximate area are shown publicly; your description, photos and exact location are not.',
    );
    await tenant.context().close();
  });
});
