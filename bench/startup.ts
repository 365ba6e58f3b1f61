import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForHealth } from '../e2e/harness/server';

/**
 * `npm run bench:startup`: how long from the command to the first 200 on /api/health.
 * Compared with a baseline measured in the same run: a bare `node -e` HTTP server, i.e. how long
 * Node itself takes to start and serve. By default the command is `npm start` (which builds the
 * web app first when its sources changed); `--server-only` measures `tsx server/main.ts` alone (web/dist as it is).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = 5;
const serverOnly = process.argv.includes('--server-only');

const baselineScript =
  "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')";

type Command = { file: string; args: string[] };
const baseline: Command = { file: process.execPath, args: ['-e', baselineScript] };
const trygg: Command = serverOnly
  ? { file: process.execPath, args: ['--import', 'tsx', 'server/main.ts'] }
  : { file: 'npm', args: ['start', '--silent'] };

/** Starts the command in its own process group, times it to a healthy answer, then stops the group. */
async function timeOnce(command: Command, url: (port: number) => string, env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command.file, command.args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForHealth(url(port), 180_000, () => child.exitCode !== null);
    return performance.now() - started;
  } finally {
    await stopGroup(child);
  }
}

/** npm start is npm → sh → node: signal the whole group we started, and wait for it to go. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => process.kill(-pid, 'SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    process.kill(-pid, 'SIGTERM');
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  const baselineTimes: number[] = [];
  for (let i = 0; i < runs; i++)
    baselineTimes.push(await timeOnce(baseline, (p) => `http://127.0.0.1:${p}/`, {}));

  // First run on an empty data directory (migrations and demo seed), the rest on the same one.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'trygg-bench-'));
  const health = (p: number) => `http://127.0.0.1:${p}/api/health`;
  const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
  const tryggTimes: number[] = [];
  try {
    for (let i = 0; i < runs; i++) tryggTimes.push(await timeOnce(trygg, health, env));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  printTable(median(baselineTimes), tryggTimes[0], median(tryggTimes.slice(1)));
}

function printTable(baselineMs: number, coldMs: number, warmMs: number) {
  const label = serverOnly ? 'tsx server/main.ts (web/dist as is)' : 'npm start (web build only if stale)';
  const row = (name: string, ms: number, note: string) =>
    `${name.padEnd(58)} ${`${(ms / 1000).toFixed(2)} s`.padStart(9)} ${`${(ms / baselineMs).toFixed(1)}×`.padStart(8)}  ${note}`;
  console.log(`\nStartup to first 200 on /api/health (PGlite, ${runs} runs each)\n`);
  console.log(`${'command'.padEnd(58)} ${'time'.padStart(9)} ${'ratio'.padStart(8)}`);
  console.log(row('baseline: node -e http server', baselineMs, `median of ${runs}`));
  console.log(row(`${label}, empty database`, coldMs, 'run 1: migrations + demo seed'));
  console.log(row(`${label}, existing database`, warmMs, `median of runs 2–${runs}`));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
