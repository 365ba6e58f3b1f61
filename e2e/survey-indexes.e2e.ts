import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { logIn } from './harness/reports';
import { screenshot } from './harness/screenshot';

/**
 * The coordinator adds the organization's own index on the question bank page (a key, a name
 * and the scale questions it is the mean over), finds it as a measure in the overview with
 * figures from the demo waves, renames it, and archives it again. axe runs on the way.
 */
const button = (within: Page | Locator, name: string | RegExp) => within.getByRole('button', { name });
const indexName = 'Trapphus och källare';

describe('an own survey index, from the question bank to the overview', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'safety_coordinator');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the coordinator adds an index, is told what was wrong, and sees it among the indexes', async () => {
    await page.goto('/surveys/questions');
    const form = page.getByRole('region', { name: 'Lägg till ett eget index' });
    await form.waitFor();
    const key = form.getByRole('textbox', { name: 'Nyckel' });
    await key.fill('trygghetsindex');
    await form.getByRole('textbox', { name: 'Namn på svenska' }).fill(indexName);
    await form.getByRole('textbox', { name: 'Namn på engelska' }).fill('Stairwell and cellar');
    await form.getByRole('checkbox', { name: 'Trygghet i trapphuset' }).check();
    // One question is too few: the server's message is shown at the questions.
    await button(form, 'Lägg till indexet').click();
    await form.getByText('Trygghet i trapphuset').waitFor();
    await form.getByText(/^är för kort eller litet \(minst 2\)$/).waitFor();
    await form.getByRole('checkbox', { name: 'Trygghet i källare och förråd' }).check();
    // The standard index's key is taken: said at the key, whose description names the error.
    await button(form, 'Lägg till indexet').click();
    await expect.poll(async () => (await key.getAttribute('aria-invalid')) === 'true').toBe(true);
    await form.getByText('används redan av ett index eller en fråga').waitFor();
    await key.fill('trapphus_kallare');
    await expectAxeClean(page, 'question bank with index form');
    await button(form, 'Lägg till indexet').click();

    const indexHeading = page.getByRole('heading', { level: 3, name: indexName });
    await indexHeading.waitFor();
    const items = page.getByRole('list', { name: `Frågor i ${indexName}` });
    expect(await items.getByRole('listitem').allTextContents()).toEqual([
      'Trygghet i trapphuset',
      'Trygghet i källare och förråd',
    ]);
    await expect.poll(() => key.inputValue()).toBe('');
    await screenshot(page, 'survey-question-bank-indexes');
    await expectAxeClean(page, 'question bank with an own index');
  });

  it('the index is a measure of the overview, with figures from the demo waves', async () => {
    await page.goto('/surveys/analysis');
    const measure = page.getByRole('combobox', { name: 'Mått' });
    const [figures] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('measure=trapphus_kallare')),
      measure.selectOption({ label: indexName }),
    ]);
    expect(figures.status()).toBe(200);
    const fittja = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Fittja', exact: true }) });
    await expect.poll(async () => (await fittja.textContent()) ?? '').toMatch(/\d+,\d\s%/);
    await expectAxeClean(page, 'survey overview with an own index');
    await screenshot(page, 'survey-overview-own-index');
  });

  it('the coordinator renames the index and then archives it after confirming', async () => {
    await page.goto('/surveys/questions');
    await button(page, `Ändra indexet ${indexName}`).click();
    const dialog = page.getByRole('dialog', { name: `Ändra indexet ${indexName}` });
    await dialog.getByRole('textbox', { name: 'Namn på svenska' }).fill('Trapphus, källare och förråd');
    await expectAxeClean(page, 'edit index dialog');
    await button(dialog, 'Spara').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 3, name: 'Trapphus, källare och förråd' }).waitFor();

    await button(page, 'Arkivera indexet Trapphus, källare och förråd').click();
    const confirm = page.getByRole('dialog', { name: 'Arkivera indexet Trapphus, källare och förråd?' });
    await expectAxeClean(page, 'archive index dialog');
    await button(confirm, 'Arkivera').click();
    await page
      .getByRole('heading', { level: 3, name: 'Trapphus, källare och förråd' })
      .waitFor({ state: 'detached' });
    await page.goto('/surveys/analysis');
    const options = () => page.getByRole('combobox', { name: 'Mått' }).locator('option').allTextContents();
    await expect.poll(options).toContain('Trygghetsindex');
    expect((await options()).join('|')).not.toContain('Trapphus, källare');
  });
});
