import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage, viewports } from './harness/browser';
import { pdfText } from './harness/pdf-text';
import { logIn, tenantPhone } from './harness/reports';
import { screenshot } from './harness/screenshot';

/**
 * The "Done means", as one story: the safety coordinator creates a wave for Fittja and
 * Alby and prints the code letters; a tenant types the code from a letter on a phone and answers
 * in Somali; staff key in a paper answer on a phone; the coordinator sees the response rate, the
 * index with its interval and change, the small building that is not shown, and exports the
 * area's PDF. axe runs on every page on the way.
 */
const waveName = `Trygghetsmätning Fittja och Alby ${Date.now()}`;
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name });
const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Picks options of a Mantine multi-select by typing and clicking them. */
async function pickAll(page: Page, label: string, options: string[]) {
  const input = page.getByRole('combobox', { name: label });
  for (const option of options) {
    await input.fill(option);
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  await input.press('Escape');
}

/** Clicks a download link and returns the file's bytes. */
async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return readFile(path);
}

describe('a safety survey wave: letters, a Somali answer from a code, a paper answer, the results', () => {
  let browser: Browser;
  let coordinator: Page;
  let waveUrl: string;
  let codes: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await newPage(browser);
    await logIn(coordinator, 'safety_coordinator');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the coordinator creates a wave for two areas and opens it', async () => {
    const page = coordinator;
    await page.goto('/surveys');
    await page.getByRole('link', { name: 'Ny mätomgång' }).or(button(page, 'Ny mätomgång')).first().click();
    await page.getByRole('textbox', { name: 'Namn' }).fill(waveName);
    await page.getByLabel('Slutdatum').fill(inFuture(30));
    await pickAll(page, 'Områden', ['Fittja', 'Alby']);
    await expectAxeClean(page, 'new wave');
    await button(page, 'Skapa mätomgång').click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    waveUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: waveName }).waitFor();
    await button(page, 'Öppna enkäten').click();
    await page.getByText('Pågår').first().waitFor();
    await screenshot(page, 'survey-wave-opened');
    await expectAxeClean(page, 'wave page');

    // A week longer than planned: the end date is changed on the wave page.
    await button(page, 'Ändra namn och slutdatum').click();
    await page.getByRole('dialog').getByLabel('Slutdatum').fill(inFuture(37));
    await expectAxeClean(page, 'edit wave dialog');
    await button(page, 'Spara').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByText(inFuture(37)).first().waitFor();
  });

  it('prints one code letter per household of both areas, each with its own code', async () => {
    const page = coordinator;
    await button(page, 'Skriv ut kodbrev').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expectAxeClean(page, 'letters dialog');
    await button(page, 'Skapa kodbrev (PDF)').click();
    const bytes = await download(page, page.getByRole('link', { name: 'Ladda ner kodbrev (PDF)' }));
    const letters = await pdfText(bytes);
    codes = letters.pages.flatMap((text) => text.match(/\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b/g) ?? []);
    expect(letters.pages.length).toBeGreaterThan(10);
    // One code per letter (it may be printed twice on a page: in words and under the QR code).
    expect(new Set(codes).size).toBe(letters.pages.length);
    expect(letters.pages[0]).toContain('Fittja');
    await page.keyboard.press('Escape');
  });

  it('a tenant types the code from the letter on a phone and answers in Somali', async () => {
    const page = await tenantPhone(browser, 'so');
    await page.goto('/s');
    await page.locator('#f-code').fill(codes[0].toLowerCase().replaceAll('-', ' '));
    await page.locator('form button[type="submit"]').click();
    await page.locator('#survey-review').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('so');
    await expectAxeClean(page, 'survey form (so)');
    await page.locator('input[name="q-safety_evening_area"][value="2"]').check();
    await page.locator('input[name="q-safety_stairwell"][value="3"]').check();
    await page.locator('input[name="q-safety_laundry"][value="dont_know"]').check();
    await screenshot(page, 'survey-wave-tenant-so-phone');
    await page.locator('#survey-review').click();
    await page.locator('#submit-survey').click();
    await page.getByTestId('survey-receipt').waitFor({ timeout: 30_000 });
    await expectAxeClean(page, 'survey receipt (so)');
    await page.context().close();
  });

  it('staff key in a paper answer on a phone', async () => {
    const page = await newPage(browser, 'sv-SE', viewports.phone);
    await logIn(page, 'safety_coordinator');
    await page.goto(`${waveUrl}/paper`);
    await page.getByLabel('Område').first().selectOption({ label: 'Alby' });
    await page
      .getByRole('group', { name: /kvällar och nätter/i })
      .first()
      .getByRole('radio', { name: 'Ganska bra' })
      .check();
    await expectAxeClean(page, 'paper answer');
    await button(page, 'Spara och mata in nästa').click();
    await page.getByText('Svaret är sparat').first().waitFor();
    await page.context().close();
  });

  it('the coordinator sees the response rate, the index with interval and change, the hidden small building, and exports the PDF', async () => {
    const page = coordinator;
    await page.goto(waveUrl);
    // Answers count once the mixing buffer stores them (here within 2 s), and the page says so.
    await page.getByText(/Ett nytt svar räknas in när minst 10 svar har kommit in/).waitFor();
    // The letter's code (the first letter, a household in Alby) and the paper answer, once stored.
    const albyCells = async () => {
      const alby = page.getByRole('row', { name: /^Alby totalt/ });
      await alby.waitFor();
      return alby.getByRole('cell').allTextContents();
    };
    let cells = await albyCells();
    for (let tries = 0; cells[5] !== '2' && tries < 20; tries++) {
      await page.waitForTimeout(500);
      await page.reload();
      cells = await albyCells();
    }
    const [, , codesUsed, openLink, paper, responses, rate] = cells;
    expect({ codesUsed, openLink, paper, responses }).toEqual({
      codesUsed: '1',
      openLink: '0',
      paper: '1',
      responses: '2',
    });
    expect(rate).toMatch(/^0,5\s%$/);
    await screenshot(page, 'survey-wave-rates');

    // The published Botkyrkabyggen figures: Fittja 2018 → 2019 with its interval and verdict.
    await page.goto('/surveys/analysis');
    const areaRow = (name: string) =>
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    const fittjaRow = areaRow('Fittja');
    await fittjaRow.waitFor();
    const figures = await fittjaRow.textContent();
    expect(figures).toMatch(/\d+,\d\s%.*\(\d+–\d+\)/);
    expect(figures).toContain('ingen säker förändring');
    await expectAxeClean(page, 'survey overview');
    await screenshot(page, 'survey-overview');

    // The new wave in Alby: two answers, so neither the area nor the letter's building is shown.
    await areaRow('Alby').getByRole('link').first().click();
    const waveChoice = page.getByLabel('Mätomgång').first();
    await waveChoice.waitFor();
    await waveChoice.selectOption({ label: waveName });
    const buildings = page.getByRole('table', { name: /Byggnader/ });
    await buildings.waitFor();
    expect(await buildings.textContent()).toContain('–');
    await expectAxeClean(page, 'area analysis');
    await screenshot(page, 'survey-area-suppressed');

    // The PDF of the published 2019 wave, which has figures to print.
    const [published] = await waveChoice.selectOption({ label: 'Trygghetsmätning 2019' });
    const pdfLink = page.getByRole('link', { name: 'Ladda ner PDF' });
    await expect.poll(() => pdfLink.getAttribute('href')).toContain(published);
    const pdf = await download(page, pdfLink);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const report = (await pdfText(pdf)).pages.join(' ');
    expect(report).toContain('Alby');
    expect(report).toMatch(/Trygghetsindex: \d+,\d %/);
  });
  it('closing publishes the results; reopening asks for a reason and marks them changed after publication', async () => {
    const page = coordinator;
    await page.goto(waveUrl);
    await button(page, 'Avsluta enkäten').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Avsluta enkäten' }).click();
    await page.getByText('Enkäten är avslutad.').first().waitFor();
    // A paper answer into the closed wave asks for a reason.
    await page.goto(`${waveUrl}/paper`);
    await page.getByLabel('Skäl till att svar läggs in efter avslut').waitFor();
    await expectAxeClean(page, 'paper answer, closed wave');
    await page.goto(waveUrl);
    await button(page, 'Öppna enkäten').click();
    const dialog = page.getByRole('dialog', { name: 'Öppna den avslutade enkäten igen' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Öppna igen' }).click();
    await dialog.getByText('Ange varför enkäten öppnas igen.').waitFor();
    await expectAxeClean(page, 'reopen dialog');
    await dialog.getByLabel('Skäl').fill('Slutdatumet sattes en vecka för tidigt');
    await dialog.getByRole('button', { name: 'Öppna igen' }).click();
    await page.getByText('Enkäten är öppen för svar.').first().waitFor();
    const mark = page.getByTestId('changed-after-publication');
    await mark.waitFor();
    expect(await mark.textContent()).toContain(
      `Ändrad efter publicering ${new Date().toISOString().slice(0, 10)}`,
    );
    await expectAxeClean(page, 'wave changed after publication');
    await screenshot(page, 'survey-wave-changed-after-publication');
  });
});
