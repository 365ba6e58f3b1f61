import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../server/seed/demo-ids';
import { expectAxeClean } from './harness/axe';
import { launchBrowser, newPage } from './harness/browser';
import { entranceToken, logIn, tenantPhone } from './harness/reports';
import { screenshot } from './harness/screenshot';

/**
 * A tenant answers the safety survey on a phone. The codes come the honest way, through the
 * product's own API: the safety coordinator creates and opens a continuous wave for Fittja and
 * invites a household without an e-mail address, which answers with the link to pass on
 * (/s/<code>); the stairwell's open link comes from the wave's open links.
 */
const entrance = 'FIT/1/1';

const survey = {
  review: (page: Page) => page.locator('#survey-review'),
  submit: (page: Page) => page.locator('#submit-survey'),
  box: (page: Page, question: string, value: string | number) =>
    page.locator(`input[name="q-${question}"][value="${value}"]`),
  freeText: (page: Page) => page.locator('#f-unsafe_places_text'),
  receipt: (page: Page) => page.getByTestId('survey-receipt'),
};

type Staff = { page: Page; csrf: string };

async function staffApi(browser: Browser): Promise<Staff> {
  const page = await newPage(browser);
  await logIn(page, 'safety_coordinator');
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  return { page, csrf: session.csrfToken };
}

async function call<T>(
  staff: Staff,
  method: 'post' | 'patch' | 'get',
  url: string,
  data?: unknown,
): Promise<T> {
  const response = await staff.page.request[method](url, { data, headers: { 'x-csrf-token': staff.csrf } });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** An open continuous wave in Fittja, asking the default questionnaire unless told otherwise. */
async function openWave(staff: Staff, questionKeys?: string[]): Promise<string> {
  const areas = await call<{ items: { id: string; name: string }[] }>(staff, 'get', '/api/areas');
  const fittja = areas.items.find((area) => area.name === 'Fittja');
  if (!fittja) throw new Error('The demo has no area Fittja');
  const wave = await call<{ id: string }>(staff, 'post', '/api/survey-waves', {
    name: `Löpande enkät ${Date.now()}`,
    kind: 'continuous',
    startsOn: new Date().toISOString().slice(0, 10),
    areaIds: [fittja.id],
    questionKeys,
  });
  await call(staff, 'patch', `/api/survey-waves/${wave.id}`, { status: 'open' });
  return wave.id;
}

/** A fresh one-time code for a household at the entrance, as the path of its link. */
async function codeLink(staff: Staff, waveId: string): Promise<string> {
  const invitation = await call<{ url?: string }>(staff, 'post', `/api/survey-waves/${waveId}/invitations`, {
    entranceId: demoId(`botkyrkabyggen/entrance/${entrance}`),
    reason: 'other',
  });
  if (!invitation.url) throw new Error('An invitation without e-mail should give a link');
  return new URL(invitation.url, 'http://x').pathname;
}

const draftOf = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('trygg-survey-draft:'));
    return key ? { key, draft: JSON.parse(localStorage.getItem(key) ?? '{}') } : null;
  });

describe('a tenant answers the safety survey on a phone', () => {
  let browser: Browser;
  let staff: Staff;
  let waveId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    staff = await staffApi(browser);
    waveId = await openWave(staff);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('answers by the letter code in Swedish, keeps the answers over a reload and is thanked once', async () => {
    const link = await codeLink(staff, waveId);
    const page = await tenantPhone(browser, 'sv-SE');
    expect((await page.goto(link))?.status()).toBe(200);
    await survey.review(page).waitFor();
    expect(await page.locator('.promise').textContent()).toContain(
      'Dina svar kan inte kopplas till dig eller din lägenhet',
    );
    await expectAxeClean(page, 'survey form (sv)');
    await screenshot(page, 'tenant-survey-sv-phone');

    await survey.box(page, 'safety_evening_area', 2).check();
    await survey.box(page, 'safety_stairwell', 'dont_know').check();
    await page.locator('input[name="q-age_group"][value="age_70_plus"]').check();
    await survey.freeText(page).fill('Mörkt vid källardörren på kvällen');
    await page.reload();
    await survey.review(page).waitFor();
    expect(await survey.box(page, 'safety_evening_area', 2).isChecked()).toBe(true);
    expect(await survey.freeText(page).inputValue()).toBe('Mörkt vid källardörren på kvällen');
    expect(await page.locator('.survey-progress').textContent()).toContain('4 av 16');

    await survey.review(page).click();
    await survey.submit(page).waitFor();
    expect(await page.locator('.review-list').textContent()).toContain('Ganska bra');
    await expectAxeClean(page, 'survey review (sv)');
    await survey.submit(page).click();
    await survey.receipt(page).waitFor({ timeout: 30_000 });
    expect(await survey.receipt(page).textContent()).toBe('Tack för dina svar!');
    expect(await draftOf(page)).toBeNull();
    await expectAxeClean(page, 'survey receipt (sv)');

    // The letter's code again: the kind words, not an error.
    await page.goto(link);
    await page.getByTestId('survey-used').waitFor();
    expect(await page.getByTestId('survey-used').textContent()).toContain('redan använts');
    await page.context().close();
  });

  it('answers through the stairwell link in Arabic, right to left, and marks places on the map', async () => {
    const links = await call<{ items: { url: string; entranceId: string }[] }>(
      staff,
      'get',
      `/api/survey-waves/${waveId}/open-links`,
    );
    const entranceId = demoId(`botkyrkabyggen/entrance/${entrance}`);
    const url = links.items.find((item) => item.entranceId === entranceId)?.url;
    const path = url && new URL(url, 'http://x').pathname;
    // The notice's own token, not the entrance's public one (which the place search hands out).
    expect(path).toMatch(/^\/s\/open\/[A-Za-z0-9_-]{22}$/);
    expect(path).not.toContain(entranceToken(entrance));
    const page = await tenantPhone(browser, 'ar');
    // The old form of the link (wave + the entrance's public token) is refused with kind words.
    await page.goto(`/s/open/${waveId}/${entranceToken(entrance)}`);
    await page.getByTestId('survey-replaced').waitFor();
    await expectAxeClean(page, 'survey old open link (ar)');
    await page.goto(path ?? '');
    await survey.review(page).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await expectAxeClean(page, 'survey form (ar)');
    await screenshot(page, 'tenant-survey-ar-phone');

    await survey.box(page, 'safety_stairwell', 1).check();
    await page.locator('#f-unsafe_places_map').click();
    const map = page.locator('.pin-map canvas');
    await map.waitFor({ timeout: 30_000 });
    const box = await page.locator('.pin-map').boundingBox();
    if (!box) throw new Error('no map');
    await page.waitForTimeout(1000);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2.5, box.y + box.height / 2.5);
    await page.locator('.marked li').nth(1).waitFor();
    await expectAxeClean(page, 'survey map (ar)');
    await survey.review(page).click();
    await survey.submit(page).click();
    await survey.receipt(page).waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  it('puts a refused answer on its question and keeps what was typed', async () => {
    const page = await tenantPhone(browser, 'sv-SE');
    await page.goto(await codeLink(staff, waveId));
    await survey.review(page).waitFor();
    await survey.freeText(page).fill('Vid garaget');
    // A place far outside Fittja, as a stale draft could hold: the server names mapPoints.0.
    const saved = await draftOf(page);
    if (!saved) throw new Error('no draft');
    await page.evaluate(
      ({ key, draft }) =>
        localStorage.setItem(key, JSON.stringify({ ...draft, mapPoints: [{ lon: 10, lat: 50 }] })),
      saved,
    );
    await page.reload();
    await survey.review(page).click();
    await survey.submit(page).click();
    await page.locator('#e-unsafe_places_map').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-unsafe_places_map');
    expect(await page.locator('.error-summary').textContent()).toContain('för långt från området');
    expect(await survey.freeText(page).inputValue()).toBe('Vid garaget');
    await expectAxeClean(page, 'survey with errors');
    await page.context().close();
  });

  it('keeps answers sent without a connection and delivers them exactly once', async () => {
    const link = await codeLink(staff, waveId);
    const page = await tenantPhone(browser, 'so');
    await page.goto(link);
    await survey.review(page).waitFor();
    await screenshot(page, 'tenant-survey-so-phone');
    await survey.box(page, 'clean_tidy', 3).check();
    const saved = await draftOf(page);
    expect(saved?.draft.id).toMatch(/^[0-9a-f-]{36}$/);

    await survey.review(page).click();
    await page.context().setOffline(true);
    await survey.submit(page).click();
    await page.locator('.submit-status').filter({ hasText: /\S/ }).waitFor();
    await page.context().setOffline(false);
    await survey.receipt(page).waitFor({ timeout: 30_000 });

    // The same submission again (a retry that crossed the first answer) is taken once.
    const again = await page.request.post('/api/public/surveys/responses', {
      data: { submissionId: saved?.draft.id, code: link.split('/').pop(), answers: { clean_tidy: 3 } },
    });
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual({ received: true });
    await page.context().close();
  });

  it("answers the organization's own choice and text questions, one and several options", async () => {
    const suffix = Date.now().toString(36);
    const own = {
      transport: `own_transport_${suffix}`,
      avoided: `own_avoided_${suffix}`,
      wish: `own_wish_${suffix}`,
    };
    const base = { section: 'environment', label: { sv: 'Egen fråga' } };
    await call(staff, 'post', '/api/survey-questions', {
      ...base,
      key: own.transport,
      kind: 'choice',
      prompt: { sv: 'Hur tar du dig hem på kvällen?' },
      options: [
        { key: 'walk', label: { sv: 'Går' } },
        { key: 'bus', label: { sv: 'Buss' } },
      ],
    });
    await call(staff, 'post', '/api/survey-questions', {
      ...base,
      key: own.avoided,
      kind: 'choice',
      multiple: true,
      prompt: { sv: 'Vilka platser undviker du?' },
      options: [
        { key: 'tunnel', label: { sv: 'Gångtunneln' } },
        { key: 'park', label: { sv: 'Parken' } },
        { key: 'square', label: { sv: 'Torget' } },
      ],
    });
    await call(staff, 'post', '/api/survey-questions', {
      ...base,
      key: own.wish,
      kind: 'text',
      prompt: { sv: 'Vad skulle göra området tryggare?' },
      maxLength: 200,
    });
    const wave = await openWave(staff, ['safety_evening_area', own.transport, own.avoided, own.wish]);
    const page = await tenantPhone(browser, 'sv-SE');
    await page.goto(await codeLink(staff, wave));
    await survey.review(page).waitFor();
    await survey.box(page, own.transport, 'bus').check();
    await survey.box(page, own.avoided, 'tunnel').check();
    await survey.box(page, own.avoided, 'square').check();
    await page.locator(`#f-${own.wish}`).fill('Mer ljus vid tunneln');
    await page.reload();
    await survey.review(page).waitFor();
    expect(await survey.box(page, own.avoided, 'square').isChecked()).toBe(true);
    expect(await page.locator(`#f-${own.wish}`).inputValue()).toBe('Mer ljus vid tunneln');
    await expectAxeClean(page, 'survey own questions (sv)');
    await screenshot(page, 'tenant-survey-own-questions-sv-phone');
    await survey.review(page).click();
    await survey.submit(page).waitFor();
    const review = await page.locator('.review-list').textContent();
    expect(review).toContain('Buss');
    expect(review).toContain('Gångtunneln, Torget');
    expect(review).toContain('Mer ljus vid tunneln');
    await survey.submit(page).click();
    await survey.receipt(page).waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  it('says plainly when the survey is closed', async () => {
    const link = await codeLink(staff, waveId);
    await call(staff, 'patch', `/api/survey-waves/${waveId}`, { status: 'closed' });
    const page = await tenantPhone(browser, 'sv-SE');
    await page.goto(link);
    await page.getByTestId('survey-closed').waitFor();
    await expectAxeClean(page, 'survey closed');
    await page.context().close();
  });
});
