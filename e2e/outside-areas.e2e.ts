import { type Browser, request } from 'playwright-core';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AreaGeometry, type BoundingBox, boundingBox } from '../common/geo';
import { expectAxeClean } from './harness/axe';
import { baseUrl, launchBrowser, newPage } from './harness/browser';
import { logIn } from './harness/reports';

const inBox = (box: BoundingBox, [lon, lat]: [number, number]) =>
  box.minLon <= lon && lon <= box.maxLon && box.minLat <= lat && lat <= box.maxLat;

/** A point about 600 m beside one of the demo's areas and in none of their boxes: outside the areas, inside the region. */
function pointBesideTheAreas(boxes: BoundingBox[]): [number, number] {
  for (const box of boxes) {
    const midLat = (box.minLat + box.maxLat) / 2;
    const midLon = (box.minLon + box.maxLon) / 2;
    const candidates: [number, number][] = [
      [box.maxLon + 0.01, midLat],
      [box.minLon - 0.01, midLat],
      [midLon, box.maxLat + 0.006],
      [midLon, box.minLat - 0.006],
    ];
    const free = candidates.find((point) => !boxes.some((other) => inBox(other, point)));
    if (free) return free;
  }
  throw new Error('No point beside the demo areas that is in none of their boxes');
}

describe('a report placed outside the areas', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is refused far away, taken nearby, shown to the coordinator as outside the areas; Open311 keys can refuse it', async () => {
    const tenant = await request.newContext({ baseURL: baseUrl() });
    const outlines = (await (await tenant.get('/api/public/areas?org=botkyrkabyggen')).json()) as {
      features: { geometry: AreaGeometry }[];
    };
    const [lon, lat] = pointBesideTheAreas(outlines.features.map((feature) => boundingBox(feature.geometry)));
    const submit = (position: { lon: number; lat: number }) =>
      tenant.post('/api/public/reports', {
        data: {
          id: uuidv7(),
          organization: 'botkyrkabyggen',
          categoryKey: 'litter',
          description: 'Sopor utanför gården',
          position,
          locale: 'sv',
        },
      });
    const far = await submit({ lon: 0, lat: 0 });
    expect(far.status()).toBe(400);
    expect((await far.json()).error.issues[0].path).toBe('position');
    const near = await submit({ lon, lat });
    expect(near.status(), await near.text()).toBe(201);
    const { id, trackingCode } = (await near.json()) as { id: string; trackingCode: string };
    await tenant.dispose();

    const page = await newPage(browser);
    await logIn(page, 'safety_coordinator');
    await page.goto('/reports');
    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    await page.getByRole('searchbox', { name: 'Sök' }).fill(trackingCode);
    const row = page.getByRole('row').filter({ hasText: trackingCode });
    await row.waitFor();
    expect(await row.textContent()).toContain('Utanför områdena');
    await page.goto(`/reports/${id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(trackingCode) }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Utanför områdena');

    await page.goto('/settings/reports');
    await page.getByRole('tab', { name: 'Open311 API-nycklar' }).click();
    const name = `Kommunens karta ${Date.now()}`;
    await page.getByRole('textbox', { name: 'Namn på nyckeln' }).fill(name);
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    const select = page.getByRole('combobox', { name: `Vad ${name} får för en plats utanför områdena` });
    await select.waitFor();
    expect(await select.inputValue()).toBe('notice');
    await expectAxeClean(page, 'report settings with Open311 keys');
    await select.selectOption('refuse');
    await expect
      .poll(async () => {
        const keys = (await (await page.request.get('/api/open311-keys')).json()) as {
          items: { name: string; outsideAreas: string }[];
        };
        return keys.items.find((key) => key.name === name)?.outsideAreas;
      })
      .toBe('refuse');
    await page.context().close();
  });
});
