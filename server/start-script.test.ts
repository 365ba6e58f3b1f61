import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, waitForHealth } from '../e2e/harness/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** PostgreSQL's cluster state in global/pg_control (DBState, after two 64/32-bit fields): 1 = shut down cleanly. */
const shutDownCleanly = 1;
const inProduction = 6;
const clusterState = (dataDir: string) =>
  readFileSync(path.join(dataDir, 'global', 'pg_control')).readInt32LE(16);

/** Is any process of the process group led by `pid` (npm and everything it started) alive? */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
  });

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('npm start (the README command)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'trygg-start-'));
  const webDist = mkdtempSync(path.join(tmpdir(), 'trygg-start-web-'));
  let npm: ChildProcess | undefined;
  afterAll(() => {
    // Whatever the outcome, leave no server behind.
    if (npm?.pid && groupAlive(npm.pid)) process.kill(-npm.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(webDist, { recursive: true, force: true });
  });

  it('stops on SIGTERM to the npm process: port closed, no process left, database shut down cleanly', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // No demo seed (slow) and no web build (WEB_DIST: an app built elsewhere, here none).
      SEED_DEMO: 'false',
      WEB_DIST: webDist,
      LOG_LEVEL: 'info',
    };
    // The embedded database is the one whose files docs/OPERATIONS.md copies after stopping.
    delete env.DATABASE_URL;
    const npmCli = process.env.npm_execpath;
    const [command, args] = npmCli ? [process.execPath, [npmCli, 'start']] : ['npm', ['start']];
    // Its own process group, so the test can see (and clean up) everything npm started.
    const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    npm = child;
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    await waitForHealth(`http://127.0.0.1:${port}/api/health`, 150_000, () => child.exitCode !== null).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n${output}`);
      },
    );
    expect(clusterState(dataDir)).toBe(inProduction);
    // Not seeded as a demo: no demo mode, and the log says mail cannot be sent.
    const config = await (await fetch(`http://127.0.0.1:${port}/api/client-config`)).json();
    expect(config).toMatchObject({ demoMode: false, mailDelivery: 'none' });
    expect(output).toMatch(/Mail cannot be sent: SMTP_URL is not set/);

    process.kill(child.pid as number, 'SIGTERM');
    expect(await exited).toBe(0);
    expect(await waitFor(async () => !(await portOpen(port)), 10_000)).toBe(true);
    expect(await waitFor(() => !groupAlive(child.pid as number), 10_000)).toBe(true);
    expect(output).toMatch(/database closed; stopped/);
    expect(clusterState(dataDir)).toBe(shutDownCleanly);
  }, 200_000);
});
