import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser } from './harness/browser';
import {
  entranceToken as entranceTokenOf,
  tenantForm as form,
  jpegFile,
  tenantPhone,
} from './harness/reports';
import { screenshot } from './harness/screenshot';

// The QR code of the first entrance of the first building in Fittja (Botkyrkabyggen's demo).
const entranceToken = entranceTokenOf('FIT/1/1');
const draftKey = `trygg-report-draft:e:${entranceToken}`;

async function openForm(page: Page) {
  const response = await page.goto(`/e/${entranceToken}`);
  expect(response?.status()).toBe(200);
  await form.submit(page).waitFor();
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
      const page = await tenantPhone(browser, locale);
      await openForm(page);
      const lang = locale.slice(0, 2);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // The place is filled in from the QR code.
      expect(await page.locator('.chosen').textContent()).toContain('Fittja');
      await expectAxeClean(page, `tenant form (${locale})`);
      await screenshot(page, `tenant-form-${lang}-phone`);

      await form.category(page, 'lighting').check();
      await form.description(page).fill('Lampan vid porten är trasig / المصباح عند الباب معطّل');
      if (lang === 'ar') {
        await form.photos(page).setInputFiles(await jpegFile());
        await page.locator('.thumbs img').waitFor();
      }
      await form.submit(page).click();
      await form.trackingCode(page).waitFor({ timeout: 30_000 });
      const code = (await form.trackingCode(page).textContent())?.trim() ?? '';
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

      // Reported anonymously, the tenant can still ask for e-mail updates from the status page.
      const offer = page.locator('form.updates-offer');
      await offer.locator('button[type="submit"]').click();
      await page.locator('#e-email').waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-email');
      await page.locator('#f-email').fill(`tenant-${lang}@example.se`);
      await page.locator('#f-consent').check();
      await offer.locator('button[type="submit"]').click();
      await page.locator('p.notice[role="status"]').waitFor();
      expect(await offer.count()).toBe(0);
      await page.context().close();
    });
  }

  it('names the field of bad input and keeps what was typed', async () => {
    const page = await tenantPhone(browser, 'sv-SE');
    await openForm(page);
    await form.category(page, 'litter').check();
    await form.locationText(page).fill('Vid cykelstället');
    await form.submit(page).click();
    await page.locator('#e-description').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Skriv vad du ser');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-description');
    expect(await form.locationText(page).inputValue()).toBe('Vid cykelstället');
    expect(await form.category(page, 'litter').isChecked()).toBe(true);
    await expectAxeClean(page, 'tenant form with errors');
    // A reload keeps the draft too.
    await page.reload();
    await form.submit(page).waitFor();
    expect(await form.locationText(page).inputValue()).toBe('Vid cykelstället');
    await page.evaluate((key) => localStorage.removeItem(key), draftKey);
    await page.context().close();
  });

  it('keeps a report sent without a connection and delivers it exactly once', async () => {
    const page = await tenantPhone(browser, 'sv-SE');
    await openForm(page);
    await form.category(page, 'graffiti_vandalism').check();
    await form.description(page).fill('Klotter på porten');
    const draft = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), draftKey);
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);

    await page.context().setOffline(true);
    await form.submit(page).click();
    await page.locator('.submit-status', { hasText: 'Ingen anslutning' }).waitFor();
    await page.context().setOffline(false);
    await form.trackingCode(page).waitFor({ timeout: 30_000 });
    const code = (await form.trackingCode(page).textContent())?.trim();

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
