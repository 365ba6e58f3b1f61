import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForHealth } from '../e2e/harness/server';

/** What the database benchmarks share: a real Trygg server on a scratch database, a login, percentiles. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Starts server/main.ts on the given database (seeded with the demo on first start). */
export async function startTrygg(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}/api/health`, 120_000, () => child.exitCode !== null);
  return { url, child };
}

/** Logs in as a demo user and returns the session cookie header. */
export async function login(url: string, email = 'samordnare@botkyrkabyggen.demo'): Promise<string> {
  const response = await fetch(`${url}/api/session/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'trygg-demo-2026' }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return (response.headers.getSetCookie() ?? []).map((cookie) => cookie.split(';')[0]).join('; ');
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
export const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];
export const p95 = (values: number[]) => sorted(values)[Math.floor(values.length * 0.95)];

/** Times a GET over HTTP `times` times, one after another (30 unless told). */
export async function timeHttp(url: string, cookie: string, path: string, times = 30) {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, { headers: { cookie } });
    const body = await response.text();
    samples.push(performance.now() - started);
    if (!response.ok) throw new Error(`${path} failed: ${response.status} ${body.slice(0, 300)}`);
  }
  return { median: median(samples), p95: p95(samples) };
}
