import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/harness/browser';
import { freePort, startServer } from '../e2e/harness/server';
import { demoId, demoToken } from '../server/seed/demo-ids';

/**
 * `npm run bench:tenant`: the tenant report page against its budget. (1) The gzipped JS the
 * browser must load before the form works (tenant.html's scripts and module preloads, plus the
 * language catalogue it imports at start) vs 80 KB. (2) Time until the form is interactive (the
 * submit button enabled) on a throttled 3G profile with a 4× slower CPU, median of 5 cold loads,
 * against a baseline measured in the same run: a static page with no JS under the same profile.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web/dist');
const budgetBytes = 80 * 1024;
const runs = 5;
// Chrome DevTools' "Slow 3G"-like profile named in the brief: 300 ms, 750/250 kbit/s.
const network = { offline: false, latency: 300, downloadThroughput: 93_750, uploadThroughput: 31_250 };
const entranceToken = demoToken(demoId('botkyrkabyggen/entrance/FIT/1/1'));

function buildIfStale() {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'web/build-if-stale.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Building the web app failed.');
}

const gzipped = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

/** Scripts and module preloads named by tenant.html, plus the Swedish catalogue loaded at start. */
function initialScripts(): { file: string; bytes: number }[] {
  const html = readFileSync(path.join(dist, 'tenant.html'), 'utf8');
  const named = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g),
  ].map((match) => match[1]);
  const entry = named.find((file) => file.includes('tenant-')) ?? '';
  const catalogue = readFileSync(path.join(dist, entry), 'utf8').match(
    /import\(`\.\/(sv-[\w-]+\.js)`\)/,
  )?.[1];
  const files = catalogue ? [...named, `assets/${catalogue}`] : named;
  return files.map((file) => ({ file, bytes: gzipped(file) }));
}

/** A page with no JS at all, served by bare node:http: what the network alone costs. */
async function staticBaseline(): Promise<{ server: Server; url: string }> {
  const html =
    '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Baseline</title></head>' +
    '<body><form><label for="d">Beskriv</label><textarea id="d"></textarea>' +
    '<button id="submit-report" type="submit">Skicka</button></form></body></html>';
  const port = await freePort();
  const server = createServer((_request, response) => response.end(html));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** One cold load in a fresh context under the profile: ms until the submit button is enabled. */
async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('#submit-report:enabled').waitFor({ timeout: 120_000 });
  const elapsed = performance.now() - started;
  await context.close();
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeToInteractive(browser, url));
  return times;
}

async function main() {
  buildIfStale();
  const scripts = initialScripts();
  const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
  console.log('\nTenant page: JS before the form works (gzip -9)');
  for (const script of scripts)
    console.log(`  ${script.file.padEnd(40)} ${(script.bytes / 1024).toFixed(1)} KB`);
  const verdict = total <= budgetBytes ? 'within' : 'OVER';
  console.log(`  ${'total'.padEnd(40)} ${(total / 1024).toFixed(1)} KB of 80 KB (${verdict} budget)\n`);

  const server = await startServer(root);
  const baseline = await staticBaseline();
  const browser = await launchBrowser();
  try {
    const base = await measure(browser, baseline.url);
    const tenant = await measure(browser, `${server.baseUrl}/e/${entranceToken}`);
    printTable(base, tenant);
  } finally {
    await browser.close();
    baseline.server.close();
    await server.stop();
  }
}

function printTable(base: number[], tenant: number[]) {
  const row = (name: string, times: number[]) =>
    `  ${name.padEnd(34)} ${median(times).toFixed(0).padStart(7)} ms   (${times.map((t) => t.toFixed(0)).join(', ')})`;
  console.log(`Time to an interactive form, 3G (300 ms, 750/250 kbit/s), CPU ×4, median of ${runs}`);
  console.log(row('static HTML, no JS (baseline)', base));
  console.log(row('/e/<token> tenant form', tenant));
  console.log(`  ratio tenant / baseline: ${(median(tenant) / median(base)).toFixed(2)}×\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
