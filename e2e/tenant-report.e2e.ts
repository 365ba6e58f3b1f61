import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, demoToken } from '../server/seed/demo-ids';
import { expectAxeClean } from './harness/axe';
import { baseUrl, launchBrowser, viewports } from './harness/browser';
import { screenshot } from './harness/screenshot';

// The QR code of the first entrance of the first building in Fittja (Botkyrkabyggen's demo).
const entranceToken = demoToken(demoId('botkyrkabyggen/entrance/FIT/1/1'));
const draftKey = `trygg-report-draft:e:${entranceToken}`;

// Selectors by id where the text differs per language; the ids are the form's own field ids.
const ui = {
  submit: (page: Page) => page.locator('#submit-report'),
  category: (page: Page, key: string) => page.locator(`input[name="category"][value="${key}"]`),
  description: (page: Page) => page.locator('#f-description'),
  locationText: (page: Page) => page.locator('#f-locationText'),
  trackingCode: (page: Page) => page.getByTestId('tracking-code'),
};

async function phonePage(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: viewports.phone, baseURL: baseUrl() });
  return context.newPage();
}

async function jpegFile(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'trygg-photo-')), 'lamp.jpg');
  const pixels = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#334455' } })
    .jpeg({ quality: 80 })
    .toBuffer();
  writeFileSync(file, pixels);
  return file;
}

async function openForm(page: Page) {
  const response = await page.goto(`/e/${entranceToken}`);
  expect(response?.status()).toBe(200);
  await ui.submit(page).waitFor();
}

describe('a tenant reports from the QR code on an entrance', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of ['ar', 'sv-SE'] as const) {
    it(`reports a broken lamp in ${locale} on a phone, gets a code and sees its status`, async () => {
      const page = await phonePage(browser, locale);
      await openForm(page);
      const lang = locale.slice(0, 2);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // The place is filled in from the QR code.
      expect(await page.locator('.chosen').textContent()).toContain('Fittja');
      await expectAxeClean(page, `tenant form (${locale})`);
      await screenshot(page, `tenant-form-${lang}-phone`);

      await ui.category(page, 'lighting').check();
      await ui.description(page).fill('Lampan vid porten är trasig / المصباح عند الباب معطّل');
      if (lang === 'ar') {
        await page.locator('#f-photos').setInputFiles(await jpegFile());
        await page.locator('.thumbs img').waitFor();
      }
      await ui.submit(page).click();
      await ui.trackingCode(page).waitFor({ timeout: 30_000 });
      const code = (await ui.trackingCode(page).textContent())?.trim() ?? '';
      expect(code.length).toBeGreaterThanOrEqual(4);
      await expectAxeClean(page, `tenant receipt (${locale})`);
      expect(await page.evaluate((key) => localStorage.getItem(key), draftKey)).toBeNull();

      await page.locator(`a[href="/r/${code}"]`).click();
      await page.waitForURL(`**/r/${code}`);
      await page.locator('ol.steps').waitFor();
      expect(await page.locator('h1').textContent()).toContain(code);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await expectAxeClean(page, `tenant status page (${locale})`);
      await screenshot(page, `tenant-status-${lang}-phone`);
      await page.context().close();
    });
  }

  it('names the field of bad input and keeps what was typed', async () => {
    const page = await phonePage(browser, 'sv-SE');
    await openForm(page);
    await ui.category(page, 'litter').check();
    await ui.locationText(page).fill('Vid cykelstället');
    await ui.submit(page).click();
    await page.locator('#e-description').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Skriv vad du ser');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-description');
    expect(await ui.locationText(page).inputValue()).toBe('Vid cykelstället');
    expect(await ui.category(page, 'litter').isChecked()).toBe(true);
    await expectAxeClean(page, 'tenant form with errors');
    // A reload keeps the draft too.
    await page.reload();
    await ui.submit(page).waitFor();
    expect(await ui.locationText(page).inputValue()).toBe('Vid cykelstället');
    await page.evaluate((key) => localStorage.removeItem(key), draftKey);
    await page.context().close();
  });

  it('keeps a report sent without a connection and delivers it exactly once', async () => {
    const page = await phonePage(browser, 'sv-SE');
    await openForm(page);
    await ui.category(page, 'graffiti_vandalism').check();
    await ui.description(page).fill('Klotter på porten');
    const draft = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), draftKey);
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);

    await page.context().setOffline(true);
    await ui.submit(page).click();
    await page.locator('.submit-status', { hasText: 'Ingen anslutning' }).waitFor();
    await page.context().setOffline(false);
    await ui.trackingCode(page).waitFor({ timeout: 30_000 });
    const code = (await ui.trackingCode(page).textContent())?.trim();

    // The same id again (a retry that crossed the first answer) is answered with the same report.
    const again = await page.request.post('/api/public/reports', {
      data: {
        id: draft.id,
        organization: 'botkyrkabyggen',
        entranceToken,
        categoryKey: 'graffiti_vandalism',
        description: 'Klotter på porten',
        locale: 'sv',
      },
    });
    expect(again.status()).toBe(200);
    const receipt = await again.json();
    expect(receipt).toMatchObject({ id: draft.id, trackingCode: code, alreadyReceived: true });
    const status = await page.request.get(`/api/public/reports/${code}`);
    expect(status.status()).toBe(200);
    await page.context().close();
  });
});
