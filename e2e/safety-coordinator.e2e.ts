import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { demoLogin } from './harness/logins';
import { screenshot } from './harness/screenshot';

// Every selector of this journey, by role and Swedish accessible name (web/src/i18n/sv.ts),
// so a change in the UI is a change here only.
const ui = {
  email: (page: Page) => page.getByRole('textbox', { name: 'E-postadress' }),
  password: (page: Page) => page.getByRole('textbox', { name: 'Lösenord', exact: true }),
  loginButton: (page: Page) => page.getByRole('button', { name: 'Logga in' }),
  mainNav: (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' }),
  navLink: (page: Page, name: 'Områden' | 'Karta' | 'Import') =>
    ui.mainNav(page).getByRole('link', { name, exact: true }),
  importKind: (page: Page) => page.getByRole('radio', { name: 'Områden (GeoJSON)' }),
  /** Opens the browser's file chooser. */
  importFile: (page: Page) => page.getByRole('button', { name: 'Fil', exact: true }),
  importRun: (page: Page) => page.getByRole('button', { name: 'Importera' }),
  importDone: (page: Page) => page.getByText(/Importerat: 1 områden/),
  mapCanvas: (page: Page) => page.getByRole('region', { name: /Karta över organisationens områden/ }),
  mapList: (page: Page) => page.getByRole('region', { name: 'Innehåll på kartan' }),
  mapListArea: (page: Page, name: string) => ui.mapList(page).getByRole('link', { name: `Område: ${name}` }),
  mapLabel: (page: Page, name: string) => page.locator('.map-area-label', { hasText: name }),
  areaLink: (page: Page, name: string) => page.getByRole('link', { name, exact: true }),
  buildingLink: (page: Page, address: RegExp) => page.getByRole('link', { name: address }).first(),
  buildingHeading: (page: Page, address: RegExp) => page.getByRole('heading', { name: address }),
  userMenu: (page: Page, name: string) => page.getByRole('button', { name: `Användarmeny för ${name}` }),
  logout: (page: Page) => page.getByRole('menuitem', { name: 'Logga ut' }),
};

// A small area in Botkyrka (Slagsta, north-east of Fittja), away from the demo's own areas.
const importedArea = { name: 'Slagsta', code: 'SLA' };
const geojson = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: importedArea,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [17.872, 59.254],
            [17.878, 59.254],
            [17.879, 59.257],
            [17.873, 59.258],
            [17.87, 59.256],
            [17.872, 59.254],
          ],
        ],
      },
    },
  ],
};

describe('safety coordinator: import an area, see it on the map, open a building, log out', () => {
  const login = demoLogin('safety_coordinator');
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser, 'sv-SE');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs in with the demo account', async () => {
    await page.goto('/login');
    await expectAxeClean(page, 'login');
    await ui.email(page).fill(login.email);
    await ui.password(page).fill(login.password);
    await ui.loginButton(page).click();
    await ui.mainNav(page).waitFor();
    await expectAxeClean(page, 'start page');
  });

  it('imports an area from a GeoJSON file', async () => {
    await ui.navLink(page, 'Import').click();
    await ui.importKind(page).check();
    const file = path.join(tmpdir(), `trygg-e2e-${process.pid}.geojson`);
    writeFileSync(file, JSON.stringify(geojson));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), ui.importFile(page).click()]);
    await chooser.setFiles(file);
    await ui.importRun(page).click();
    await ui.importDone(page).waitFor();
    await expectAxeClean(page, 'import');
    await screenshot(page, 'coordinator-import');
  });

  it('sees the new area on the map', async () => {
    await ui.navLink(page, 'Karta').click();
    await ui.mapCanvas(page).waitFor();
    await ui.mapListArea(page, importedArea.name).waitFor();
    // Drawn on the map itself, not only listed beside it.
    await ui.mapLabel(page, importedArea.name).waitFor();
    await expectAxeClean(page, 'map');
    await screenshot(page, 'coordinator-map');
  });

  it('opens a building in Fittja', async () => {
    await ui.navLink(page, 'Områden').click();
    await ui.areaLink(page, 'Fittja').click();
    await ui.buildingLink(page, /^Krögarvägen/).click();
    await ui.buildingHeading(page, /^Krögarvägen/).waitFor();
    await expectAxeClean(page, 'building');
    await screenshot(page, 'coordinator-building');
  });

  it('logs out and is back at the login page', async () => {
    await ui.userMenu(page, login.displayName).click();
    await ui.logout(page).click();
    await ui.loginButton(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
