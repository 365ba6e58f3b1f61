import { type Browser, chromium, type Page } from 'playwright-core';
import { findChromium } from './chromium';

// --disable-gpu: MapLibre then renders with software WebGL, which works headless and in CI.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
];

/** Headless Chromium from the system (run.ts has made sure one is there). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.E2E_CHROME_PATH ?? findChromium();
  if (!executablePath) throw new Error('No Chromium: run the journeys through `npm run test:e2e`.');
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

export const viewports = {
  desktop: { width: 1366, height: 850 },
  phone: { width: 390, height: 844 },
} as const;

/** The base URL of the server run.ts started. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the journeys through `npm run test:e2e`.');
  return url;
}

/** A page in a fresh context (no cookies) with the given language and screen size. */
export async function newPage(
  browser: Browser,
  locale: 'sv-SE' | 'en-GB' = 'sv-SE',
  viewport: { width: number; height: number } = viewports.desktop,
): Promise<Page> {
  // Reduced motion: dialogs open without a fade, so axe never measures a half-transparent one.
  const context = await browser.newContext({ locale, viewport, baseURL: baseUrl(), reducedMotion: 'reduce' });
  return context.newPage();
}
