import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser } from './harness/browser';
import { tenantForm as form, tenantPhone } from './harness/reports';
import { screenshot } from './harness/screenshot';

// The demo's controller and DPO of Botkyrkabyggen (server/seed/privacy-contacts.ts).
const controller = 'AB Botkyrkabyggen';
const dpoEmail = 'dataskyddsombud@botkyrkabyggen.demo';
const noticePath = '/privacy/botkyrkabyggen';

const chooseLanguage = async (page: Page, locale: string) => {
  await page.locator('.language select').selectOption(locale);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
};

/** The notice shows who is responsible, the DPO, and how to complain to IMY. */
async function expectNotice(page: Page) {
  await page.locator('article.privacy h1').waitFor();
  const text = (await page.locator('article.privacy').textContent()) ?? '';
  expect(text).toContain(controller);
  expect(text).toContain('556000-1009');
  expect(text).toContain('Sara Lind');
  expect(text).toContain(dpoEmail);
  expect(text).toContain('IMY');
  expect(await page.locator('a[href="https://www.imy.se"]').count()).toBe(1);
}

describe('a tenant reads the privacy notice in Somali before reporting', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the notice from the form in Somali, reads it, comes back and reports without the survey opt-in', async () => {
    const page = await tenantPhone(browser, 'sv-SE');
    expect((await page.goto('/report/botkyrkabyggen'))?.status()).toBe(200);
    await form.submit(page).waitFor();
    await chooseLanguage(page, 'so');
    await form.category(page, 'lighting').check();
    await form.description(page).fill('Laambada albaabka way jabtay');
    await form.locationText(page).fill('Albaabka 1');

    // The footer links the organization's notice, in the language chosen.
    const link = page.locator('footer.tenant-footer a');
    expect(await link.getAttribute('href')).toBe(noticePath);
    expect(await link.textContent()).toContain('Qarsoodinimada');
    await link.click();
    await page.waitForURL(`**${noticePath}`);
    await expectNotice(page);
    expect(await page.locator('h1').textContent()).toBe('Qarsoodinimada – sida aan u maareyno xogtaada');
    // Somali retention periods from the defaults: contact details 3 months.
    expect(await page.locator('#privacy-retention').textContent()).toBe('Muddada aan xogta kaydinno');
    expect(await page.locator('article.privacy').textContent()).toContain('Xiriirkaaga: 3 bilood');
    await expectAxeClean(page, 'privacy notice (so)');
    await screenshot(page, 'privacy-notice-so-phone');

    // Back to the form: the draft and the language are kept.
    await page.locator('.privacy-back a').click();
    await page.waitForURL('**/report/botkyrkabyggen');
    await form.submit(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('so');
    expect(await form.description(page).inputValue()).toBe('Laambada albaabka way jabtay');

    // Contact for updates, but the separate survey box stays unticked.
    await page.locator('#f-email').fill('tenant-so@example.se');
    await page.locator('#f-consent').check();
    await page.locator('#f-wantsUpdates').check();
    expect(await page.locator('#f-surveyOptIn').isChecked()).toBe(false);
    await expectAxeClean(page, 'tenant form with the survey opt-in (so)');
    const sent = page.waitForRequest((request) => request.url().endsWith('/api/public/reports'));
    await form.submit(page).click();
    const body = JSON.parse((await sent).postData() ?? '{}');
    expect(body.contact).toMatchObject({ wantsUpdates: true, surveyInvitationOptIn: false });
    await form.trackingCode(page).waitFor({ timeout: 30_000 });
    // The receipt keeps the footer link.
    expect(await page.locator('footer.tenant-footer a').getAttribute('href')).toBe(noticePath);
    // So does the status page, reached by the tracking code alone.
    const code = (await form.trackingCode(page).textContent())?.trim() ?? '';
    await page.locator(`a[href="/r/${code}"]`).click();
    await page.locator('ol.steps').waitFor();
    expect(await page.locator('footer.tenant-footer a').getAttribute('href')).toBe(noticePath);
    await page.context().close();
  });

  it('reads right to left in Arabic, accessible, on a phone', async () => {
    const page = await tenantPhone(browser, 'ar');
    expect((await page.goto(noticePath))?.status()).toBe(200);
    await expectNotice(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('الخصوصية – كيف نتعامل مع بياناتك');
    // Arabic periods are said with the right plural form by the browser (24 months: شهرًا).
    expect(await page.locator('article.privacy').textContent()).toMatch(/شهر/);
    await expectAxeClean(page, 'privacy notice (ar)');
    await screenshot(page, 'privacy-notice-ar-phone');
    await page.context().close();
  });
});
