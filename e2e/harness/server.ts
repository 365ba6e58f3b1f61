import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recreateDatabase } from '../../server/seed/fresh-database';

export type RunningServer = { baseUrl: string; stop(): Promise<void>; output(): string };

/** Asks the OS for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200, or fails after `timeoutMs` with what the server printed. */
export async function waitForHealth(url: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('The server exited before it became healthy.');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms.`);
}

/**
 * Starts the real server (`tsx server/main.ts`) on a free port with an empty database, so the
 * demo seed runs: a fresh PGlite directory, or the database `trygg_e2e` re-created on the
 * PostgreSQL server of DATABASE_URL.
 */
export async function startServer(root: string): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'trygg-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
  if (process.env.DATABASE_URL)
    env.DATABASE_URL = await recreateDatabase(process.env.DATABASE_URL, 'trygg_e2e');
  env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  // Survey answers wait in the mixing buffer until k arrive or a lone one's delay is over: a journey
  // answers one at a time, so the delay is kept short, as a demo's is (server/main.ts).
  env.SURVEY_MIX_MAX_WAIT_SECONDS = process.env.SURVEY_MIX_MAX_WAIT_SECONDS ?? '2';
  // Every journey is one tenant at 127.0.0.1 to this one server: the per-address limit of tenant
  // reports (10 a minute, tested in server/modules/public-reports/) would hold back the journeys
  // that each file a report in the same minute, not a flood.
  env.PUBLIC_REPORTS_PER_MINUTE = process.env.PUBLIC_REPORTS_PER_MINUTE ?? '120';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`${baseUrl}/api/health`, 90_000, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nServer output:\n${output}`);
  }
  return { baseUrl, stop, output: () => output };
}

/** SIGTERM (graceful shutdown), then SIGKILL if it has not exited after five seconds. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
