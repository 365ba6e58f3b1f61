import { type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { baseUrl, launchBrowser, newPage, viewports } from './harness/browser';
import { fileReport, logIn, type Receipt } from './harness/reports';
import { screenshot } from './harness/screenshot';

// Selectors by role and Swedish accessible name (web/src/modules/*/catalogue-sv.ts).
const ui = {
  search: (page: Page) => page.getByRole('searchbox', { name: 'Sök' }),
  reportLink: (page: Page, code: string) => page.getByRole('link', { name: code, exact: true }),
  heading: (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }),
  button: (page: Page, name: string | RegExp) => page.getByRole('button', { name }),
  dialog: (page: Page) => page.getByRole('dialog'),
};

/** The public token of an entrance in Norsborg, where the demo area host works. */
async function entranceTokenInNorsborg(page: Page): Promise<string> {
  const areas = (await (await page.request.get('/api/areas')).json()) as {
    items: { id: string; name: string }[];
  };
  const norsborg = areas.items.find((area) => area.name === 'Norsborg');
  if (!norsborg) throw new Error('The demo has no area Norsborg');
  const area = (await (await page.request.get(`/api/areas/${norsborg.id}`)).json()) as {
    buildings: { id: string }[];
  };
  const buildingId = area.buildings[0]?.id;
  const building = (await (await page.request.get(`/api/buildings/${buildingId}`)).json()) as {
    entrances: { publicToken: string }[];
  };
  const token = building.entrances[0]?.publicToken;
  if (!token) throw new Error('No demo entrance in Norsborg');
  return token;
}

describe('a coordinator triages two lamp reports into a work order that the area host finishes on a phone', () => {
  let browser: Browser;
  let first: Receipt;
  let second: Receipt;
  let workOrderUrl: string;
  const title = `Byt lampa ${Date.now()}`;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the coordinator filters the inbox, merges a duplicate and makes a work order for the area host', async () => {
    const page = await newPage(browser);
    await logIn(page, 'safety_coordinator');
    const token = await entranceTokenInNorsborg(page);
    // The tenant has no session: a context of its own, without the coordinator's cookies.
    const tenant = await request.newContext({ baseURL: baseUrl() });
    first = await fileReport(tenant, token, 'Lampan vid porten är trasig, helt mörkt på kvällen.');
    second = await fileReport(tenant, token, 'Mörkt vid entrén, lampan lyser inte.');

    await tenant.dispose();

    await page.goto('/reports');
    await ui.heading(page, 'Inkorg').waitFor();
    await ui.search(page).fill(second.trackingCode);
    await ui.reportLink(page, second.trackingCode).waitFor();
    // The search is debounced: the other report leaves the list once the filter applies.
    await ui.reportLink(page, first.trackingCode).waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'staff-inbox');
    await ui.reportLink(page, second.trackingCode).click();

    await ui.heading(page, `Rapport ${second.trackingCode}`).waitFor();
    await ui.button(page, 'Slå ihop med dubblett').click();
    await ui
      .dialog(page)
      .getByRole('button', { name: `Dubblett av ${first.trackingCode}` })
      .click();

    // Merging opens the report it was merged into, which lists the duplicate.
    await ui.heading(page, `Rapport ${first.trackingCode}`).waitFor();
    await page
      .getByRole('region', { name: 'Sammanslagna dubbletter' })
      .getByText(second.trackingCode)
      .waitFor();
    await screenshot(page, 'staff-report-detail');
    await expectAxeClean(page, 'report detail');

    await ui.button(page, 'Skapa åtgärd').click();
    const dialog = ui.dialog(page);
    await dialog.getByRole('textbox', { name: 'Rubrik' }).fill(title);
    await dialog.getByRole('combobox', { name: 'Ansvarig' }).selectOption({ label: 'Omar Områdesvärd' });
    await dialog.getByRole('button', { name: 'Skapa åtgärd' }).click();
    await ui.heading(page, new RegExp(`^Åtgärd \\d+: ${title}$`)).waitFor();
    workOrderUrl = page.url();
    await page.context().close();
  });

  it('the area host opens "Mina åtgärder" on a phone and marks it done with what was done', async () => {
    const page = await newPage(browser, 'sv-SE', viewports.phone);
    await logIn(page, 'field_staff');
    await page.getByRole('button', { name: 'Öppna menyn' }).click();
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Mina åtgärder' })
      .click();
    await ui.heading(page, 'Mina åtgärder').waitFor();
    await page.getByRole('button', { name: new RegExp(`${title}$`) }).click();
    await ui.heading(page, new RegExp(`${title}$`)).waitFor();
    expect(page.url()).toBe(workOrderUrl);
    await screenshot(page, 'staff-work-order-phone');

    await page.getByRole('button', { name: 'Klar', exact: true }).click();
    const dialog = ui.dialog(page);
    await dialog
      .getByRole('textbox', { name: 'Vad som gjordes' })
      .fill('Vi har bytt armaturen vid porten. Tack för att du hörde av dig!');
    await dialog.getByRole('button', { name: 'Markera som klar' }).click();
    await page.getByText('Åtgärden är klar. Anmälarna får besked.').waitFor();
    await page
      .getByRole('heading', { name: 'Vad som gjordes' })
      .or(page.getByText('Vad som gjordes'))
      .first()
      .waitFor();
    await screenshot(page, 'staff-work-order-done-phone');
    await expectAxeClean(page, 'work order on a phone');

    // The tenant's status page now says it is fixed, with what was done.
    const status = await page.request.get(`/api/public/reports/${first.trackingCode}`);
    const body = (await status.json()) as { status: string; resolution: string | null };
    expect(body.status).toBe('done');
    expect(body.resolution).toContain('bytt armaturen');
    await page.context().close();
  });
});
