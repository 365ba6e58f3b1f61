import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';
import { demoId, demoToken } from '../../server/seed/demo-ids';
import { baseUrl, viewports } from './browser';
import { demoLogin } from './logins';

/**
 * What the report journeys share: the tenant's form by its field ids (the text differs per
 * language), a real JPEG, reports filed through the public API, and the staff login.
 */

/** The public token (QR code) of a demo entrance of Botkyrkabyggen, e.g. `FIT/1/1`, `NOR/1/1`. */
export const entranceToken = (key: string) => demoToken(demoId(`botkyrkabyggen/entrance/${key}`));

/** The tenant's form and receipt, by the ids the form gives its fields. */
export const tenantForm = {
  submit: (page: Page) => page.locator('#submit-report'),
  category: (page: Page, key: string) => page.locator(`input[name="category"][value="${key}"]`),
  description: (page: Page) => page.locator('#f-description'),
  locationText: (page: Page) => page.locator('#f-locationText'),
  photos: (page: Page) => page.locator('#f-photos'),
  trackingCode: (page: Page) => page.getByTestId('tracking-code'),
};

/** A phone in a fresh context (no cookies, no session) in the tenant's language. */
export async function tenantPhone(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: viewports.phone, baseURL: baseUrl() });
  return context.newPage();
}

/** A photo as a phone takes it: a large JPEG on disk, made with sharp. Returns its path. */
export async function jpegFile(name = 'lamp.jpg'): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'trygg-photo-')), name);
  const pixels = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#334455' } })
    .jpeg({ quality: 80 })
    .toBuffer();
  writeFileSync(file, pixels);
  return file;
}

export type Receipt = { id: string; trackingCode: string };

/** A tenant's report through the public API, as the tenant page sends it (JSON, no photo). */
export async function fileReport(
  tenant: APIRequestContext,
  token: string,
  description: string,
  categoryKey = 'lighting',
): Promise<Receipt> {
  const response = await tenant.post('/api/public/reports', {
    data: {
      id: uuidv7(),
      organization: 'botkyrkabyggen',
      entranceToken: token,
      categoryKey,
      description,
      locale: 'sv',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Receipt;
}

/** Logs a demo staff member in through the Swedish login page. */
export async function logIn(page: Page, role: 'safety_coordinator' | 'field_staff'): Promise<void> {
  const login = demoLogin(role);
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(login.email);
  await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(login.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(/\/areas/);
}
