import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './harness/chromium';
import { type RunningServer, startServer } from './harness/server';

/**
 * `npm run test:e2e`: Chromium → build the web app → start the real server on an empty
 * database → run the journeys (vitest.e2e.config.ts) against it → always stop the server.
 * Arguments are passed on to Vitest (e.g. a file filter). E2E_SKIP_BUILD=1 reuses web/dist.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a Node script with the Node that runs us (24, from the `node` devDependency). */
function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function buildWeb() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const code = await runNode([vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  if (code !== 0) throw new Error('Building the web app failed (vite build).');
}

async function main(): Promise<number> {
  let chromePath: string;
  try {
    chromePath = ensureChromium();
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  await buildWeb();
  let server: RunningServer | null = null;
  const stopOnSignal = () => void server?.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    server = await startServer(root);
    console.log(`Journeys against ${server.baseUrl} with ${chromePath}`);
    const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
    const env = { ...process.env, E2E_BASE_URL: server.baseUrl, E2E_CHROME_PATH: chromePath };
    return await runNode([vitest, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], env);
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
