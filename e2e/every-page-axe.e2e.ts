import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage, viewports } from './harness/browser';
import { demoLogin } from './harness/logins';
import { screenshot } from './harness/screenshot';

// Every page of the staff app and the public pages, in Swedish on a desktop and in English on a
// phone, each checked with axe. Selectors by role and accessible name, per language.
const names = {
  'sv-SE': {
    email: 'E-postadress',
    password: 'Lösenord',
    login: 'Logga in',
    nav: 'Huvudmeny',
    buildings: 'Byggnader',
  },
  'en-GB': {
    email: 'E-mail address',
    password: 'Password',
    login: 'Log in',
    nav: 'Main menu',
    buildings: 'Buildings',
  },
} as const;

/** Logs in as the demo admin, unless an earlier test of the run already did (the login page then sends on). */
async function logIn(page: Page, locale: keyof typeof names) {
  const login = demoLogin('admin');
  const n = names[locale];
  // Asked of the server: the login page shows its form for a moment before it sends a session on.
  const session = (await (await page.request.get('/api/session')).json()) as { user: unknown };
  if (session.user) return;
  await page.goto('/login');
  await page.getByRole('textbox', { name: n.email }).fill(login.email);
  await page.getByLabel(n.password).first().fill(login.password);
  await page.getByRole('button', { name: n.login }).click();
  await page.waitForURL(/\/areas/);
}

/** Chooses the language in the header (inside the menu on a phone); it is saved on the account. */
async function chooseLanguage(page: Page, language: 'sv' | 'en') {
  const select = page.getByRole('combobox', { name: /^(Språk|Language)$/ }).locator('visible=true');
  if ((await select.count()) === 0)
    await page.getByRole('button', { name: /^(Öppna menyn|Open menu)$/ }).click();
  await select.first().selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor();
}

/** Opens a page and waits for its h1, then lets axe judge it. */
async function check(page: Page, url: string, label: string) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await expectAxeClean(page, label);
  await screenshot(page, label.replace(/[^a-z0-9]+/gi, '-'));
}

const runs = [
  { locale: 'sv-SE', viewport: viewports.desktop, tag: 'sv-desktop' },
  { locale: 'en-GB', viewport: viewports.phone, tag: 'en-phone' },
] as const;

describe.each(runs)('every page is accessible ($tag)', ({ locale, viewport, tag }) => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser, locale, viewport);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('public pages: forgot password, reset password', async () => {
    for (const url of ['/forgot-password', '/reset-password?token=not-a-real-token']) {
      await check(page, url, `${tag} ${url}`);
    }
  });

  it('staff pages as an admin: areas, an area, a building, map, import, users, audit log, settings, account, demo outbox', async () => {
    await logIn(page, locale);
    // The demo admin's own language is Swedish; the English run switches it the way a user would.
    await chooseLanguage(page, locale === 'en-GB' ? 'en' : 'sv');
    for (const url of [
      '/areas',
      '/map',
      '/import',
      '/users',
      '/audit',
      '/settings',
      '/account',
      '/dev/outbox',
      '/subject-requests',
    ]) {
      await check(page, url, `${tag} ${url}`);
    }
    await page.goto('/areas');
    await page.getByRole('link', { name: 'Fittja', exact: true }).click();
    await page.getByRole('heading', { name: names[locale].buildings }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAxeClean(page, `${tag} area page`);
    await page
      .getByRole('link', { name: /^Krögarvägen/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /^Krögarvägen/ }).waitFor();
    await expectAxeClean(page, `${tag} building page`);
    await screenshot(page, `${tag}-building`);
    await chooseLanguage(page, 'sv');
  });

  it('report and work order pages as an admin: inbox (list and map), figures, work orders, mine, settings', async () => {
    await logIn(page, locale);
    await chooseLanguage(page, locale === 'en-GB' ? 'en' : 'sv');
    for (const url of [
      '/reports',
      '/reports/new',
      '/reports/figures',
      '/work-orders',
      '/my-work-orders',
      '/settings/reports',
    ]) {
      await check(page, url, `${tag} ${url}`);
    }
    await page.goto('/reports');
    await page.locator('label[for$="-map"]').click();
    await page.getByTestId('reports-map').waitFor();
    await page.waitForLoadState('networkidle');
    await expectAxeClean(page, `${tag} inbox map`);
    await screenshot(page, `${tag}-inbox-map`);
    // A report and a work order, when the demo (or an earlier journey) has them.
    const reports = (await (await page.request.get('/api/reports?limit=1')).json()) as {
      items: { id: string }[];
    };
    if (reports.items[0]) await check(page, `/reports/${reports.items[0].id}`, `${tag} report`);
    const orders = (await (await page.request.get('/api/work-orders')).json()) as { items: { id: string }[] };
    if (orders.items[0]) await check(page, `/work-orders/${orders.items[0].id}`, `${tag} work order`);
    await chooseLanguage(page, 'sv');
  });

  it('survey analysis pages as an admin: overview, an area, compare, map, benchmark', async () => {
    await logIn(page, locale);
    await chooseLanguage(page, locale === 'en-GB' ? 'en' : 'sv');
    for (const url of [
      '/surveys/analysis',
      '/surveys/analysis/compare',
      '/surveys/analysis/map',
      '/surveys/analysis/benchmark',
    ]) {
      await check(page, url, `${tag} ${url}`);
    }
    // An area with answers in the demo waves: the area page has charts, tables, free text and a map.
    const overview = (await (await page.request.get('/api/survey-analysis/overview')).json()) as {
      rows: { areaId: string }[];
    };
    if (overview.rows[0]) {
      await check(page, `/surveys/analysis/areas/${overview.rows[0].areaId}`, `${tag} survey area analysis`);
    }
    await chooseLanguage(page, 'sv');
  });

  it('survey pages as an admin: waves, new wave, a wave, paper entry, CSV import', async () => {
    await logIn(page, locale);
    await chooseLanguage(page, locale === 'en-GB' ? 'en' : 'sv');
    for (const url of ['/surveys', '/surveys/new', '/surveys/questions'])
      await check(page, url, `${tag} ${url}`);
    // A wave of the demo (or of an earlier journey), with the pages only staff who manage it reach.
    const waves = (await (await page.request.get('/api/survey-waves')).json()) as { items: { id: string }[] };
    const wave = waves.items[0];
    if (wave) {
      await check(page, `/surveys/${wave.id}`, `${tag} survey wave`);
      await check(page, `/surveys/${wave.id}/paper`, `${tag} survey paper entry`);
      await check(page, `/surveys/${wave.id}/import`, `${tag} survey import`);
    }
    await chooseLanguage(page, 'sv');
  });
});
