import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { demoLogin } from './harness/logins';

// An admin registers a new area with a building, an entrance and an apartment through the
// forms, corrects a mistake the server reports, and edits what was made. Swedish names.
const ui = {
  dialog: (page: Page) => page.getByRole('dialog'),
  field: (page: Page, name: string) => ui.dialog(page).getByRole('textbox', { name, exact: true }),
  save: (page: Page) => ui.dialog(page).getByRole('button', { name: 'Spara' }),
  button: (page: Page, name: string) => page.getByRole('button', { name, exact: true }),
};

// Närlunda, north-west Helsingborg: a small polygon in WGS84.
const boundary = {
  type: 'Polygon',
  coordinates: [
    [
      [12.716, 56.069],
      [12.725, 56.069],
      [12.726, 56.074],
      [12.717, 56.075],
      [12.716, 56.069],
    ],
  ],
};

async function fillAndSave(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await ui.field(page, name).fill(value);
  await ui.save(page).click();
}

describe('admin registers places through the forms', () => {
  const login = demoLogin('admin', 'helsingborgshem');
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser, 'sv-SE');
    await page.goto('/login');
    await page.getByRole('textbox', { name: 'E-postadress' }).fill(login.email);
    await page.getByLabel('Lösenord').first().fill(login.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(/\/areas/);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates an area, after the server refuses a code already in use', async () => {
    await ui.button(page, 'Nytt område').click();
    await fillAndSave(page, { Namn: 'Närlunda', Kod: 'DRH' }); // DRH is Drottninghög's code
    await ui
      .dialog(page)
      .getByText(/används redan/)
      .waitFor();
    await expectAxeClean(page, 'area form with a field error');
    await fillAndSave(page, { Kod: 'NAR' });
    await page.getByRole('heading', { level: 1, name: 'Närlunda' }).waitFor();
  });

  it('edits the area and gives it a boundary from a GeoJSON file', async () => {
    await ui.button(page, 'Redigera').click();
    const file = path.join(tmpdir(), `trygg-boundary-${process.pid}.geojson`);
    writeFileSync(file, JSON.stringify({ type: 'Feature', properties: {}, geometry: boundary }));
    await ui.dialog(page).locator('input[type=file]').setInputFiles(file);
    await fillAndSave(page, { Namn: 'Närlunda norra' });
    await page.getByRole('heading', { level: 1, name: 'Närlunda norra' }).waitFor();
    // The boundary is drawn on the area's map, with the area's name on it.
    await page.locator('.map-area-label', { hasText: 'Närlunda norra' }).waitFor();
  });

  it('adds a building, an entrance and an apartment', async () => {
    await ui.button(page, 'Ny byggnad').click();
    await fillAndSave(page, {
      Adress: 'Närlundavägen 1',
      'Longitud (WGS84)': '12.7205',
      'Latitud (WGS84)': '56.0712',
    });
    // A new building opens its own page.
    await page.getByRole('heading', { level: 1, name: 'Närlundavägen 1' }).waitFor();

    await ui.button(page, 'Ny entré').click();
    await fillAndSave(page, {
      Entré: 'Närlundavägen 1A',
      'Longitud (WGS84)': '12.7206',
      'Latitud (WGS84)': '56.0713',
    });
    await page.getByRole('cell', { name: 'Närlundavägen 1A', exact: true }).waitFor();

    await ui.button(page, 'Ny lägenhet').click();
    await fillAndSave(page, { Lägenhetsnummer: '1101', 'Objekt-id': 'HBH-NAR-1101' });
    await page.getByRole('cell', { name: 'HBH-NAR-1101', exact: true }).waitFor();
    await ui.dialog(page).waitFor({ state: 'detached' });
    await expectAxeClean(page, 'new building with entrance and apartment');
  });

  it('edits the entrance and the apartment', async () => {
    await ui.button(page, 'Redigera entré Närlundavägen 1A').click();
    await fillAndSave(page, { Entré: 'Närlundavägen 1B' });
    await page.getByRole('cell', { name: 'Närlundavägen 1B', exact: true }).first().waitFor();
    await ui.button(page, 'Redigera lägenhet 1101').click();
    await fillAndSave(page, { Lägenhetsnummer: '1102' });
    await page.getByRole('cell', { name: '1102', exact: true }).waitFor();
  });

  it('archives the apartment and restores it', async () => {
    await ui.button(page, 'Redigera lägenhet 1102').click();
    await ui.dialog(page).getByRole('button', { name: 'Arkivera', exact: true }).click();
    await page.getByText('Arkiverad', { exact: true }).waitFor();
    await ui.button(page, 'Redigera lägenhet 1102').click();
    await ui.dialog(page).getByRole('button', { name: 'Återställ', exact: true }).click();
    await page.getByText('Arkiverad', { exact: true }).waitFor({ state: 'detached' });
  });

  it('requires two-factor authentication in the organization settings', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Inställningar' })
      .click();
    const requirement = page.getByRole('checkbox', { name: /Kräv tvåstegsverifiering/ });
    await requirement.check();
    await requirement.locator('xpath=ancestor::form').getByRole('button', { name: 'Spara' }).click();
    // The admin has no authenticator yet, so Trygg now asks them to set one up before anything else.
    await page.getByRole('img', { name: 'QR-kod för autentiseringsappen' }).waitFor();
    await expectAxeClean(page, 'two-factor enrolment');
  });
});
