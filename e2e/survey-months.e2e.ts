import type { Browser, Page } from 'playwright-core';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSurveyIndexes } from '../common/surveys/indexes';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { logIn } from './harness/reports';
import { screenshot } from './harness/screenshot';

/**
 * A continuous survey by month: six tenants answer Botkyrkabyggen's open continuous survey by a
 * stairwell link this month (through the public API, as the tenant page would), and the
 * coordinator switches the overview and the area page to "per month" and finds this month's
 * figure. The area is one no other journey reads, since journeys share one server.
 */
const survey = 'Löpande enkät efter åtgärd';
const busyAreas = ['Fittja', 'Alby', 'Norsborg'];
const thisMonth = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric' }).format(new Date());
const monthColumn = `${survey}, ${thisMonth}`;

describe('a continuous survey, month by month', () => {
  let browser: Browser;
  let page: Page;
  let areaName = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'safety_coordinator');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('six tenants answer the continuous survey by a stairwell link', async () => {
    const waves = await (await page.request.get('/api/survey-waves')).json();
    const wave = waves.items.find((item: { name: string }) => item.name === survey);
    expect(wave).toBeDefined();
    const links = await (await page.request.get(`/api/survey-waves/${wave.id}/open-links`)).json();
    const link = links.items.find((item: { areaName: string }) => !busyAreas.includes(item.areaName));
    areaName = link.areaName;
    // The link may be relative when no PUBLIC_URL is set: its last segment is the token.
    const token = link.url.split('/').at(-1);
    const items = defaultSurveyIndexes[0].itemKeys;
    for (let i = 0; i < 6; i++) {
      const answers = Object.fromEntries(items.map((key) => [key, i < 5 ? 1 : 4]));
      const response = await page.request.post('/api/public/surveys/responses', {
        data: { submissionId: uuidv7(), open: { token }, answers, background: {} },
      });
      expect(response.status(), await response.text()).toBe(201);
    }
  });

  it('the overview per month shows this month of the continuous survey', async () => {
    const byMonth = async () => {
      await page.goto('/surveys/analysis');
      const by = page.getByRole('combobox', { name: 'Visa per' });
      await Promise.all([
        page.waitForResponse((response) => response.url().includes('by=month')),
        by.selectOption({ label: 'Månad (löpande enkäter)' }),
      ]);
      await page.getByRole('columnheader', { name: monthColumn }).waitFor();
    };
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: areaName, exact: true }) });
    // 5 of 6 answered "mycket bra" on every index item: 83,3 %, and uncertain with n < 30. The six
    // count once the mixing buffer stores them (fewer than k: after its wait, 2 s in journeys).
    await expect
      .poll(
        async () => {
          await byMonth();
          return (await row.textContent()) ?? '';
        },
        { timeout: 20_000 },
      )
      .toContain('83,3');
    // The workbook offered is by month as well.
    const workbook = page.getByRole('link', { name: 'Ladda ner Excel (XLSX)' });
    await expect
      .poll(async () => (await workbook.getAttribute('href')) ?? '')
      .toMatch(/waveId=[0-9a-f-]{36}:\d{4}-\d{2}$/);
    await expectAxeClean(page, 'survey overview by month');
    await screenshot(page, 'survey-overview-by-month');
  });

  it('the area page per month chooses among the months', async () => {
    await page.getByRole('row').getByRole('link', { name: areaName, exact: true }).click();
    const by = page.getByRole('combobox', { name: 'Visa per' });
    await by.waitFor();
    await by.selectOption({ label: 'Månad (löpande enkäter)' });
    const period = page.getByRole('combobox', { name: 'Mätomgång' });
    await expect
      .poll(async () => (await period.locator('option:checked').textContent()) ?? '')
      .toBe(monthColumn);
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('83,3');
    // All six came by the stairwell's open link: staff see it beside the figures.
    expect(await page.getByTestId('open-link-share').textContent()).toMatch(
      /^6 av 6 svar \(100\s%\) kom via öppen länk/,
    );
    await expectAxeClean(page, 'area page by month');
    await screenshot(page, 'survey-area-by-month');
  });
});
