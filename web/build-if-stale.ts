/**
 * `npm start` runs this first: builds the web app when web/dist is missing or older than any of
 * its sources, and otherwise does nothing, so a restart does not pay for a build it does not need.
 * It only builds: the server is then `exec`ed by the start script itself, so the signals npm passes
 * on (SIGTERM from `kill`, systemd or Docker) reach the server and not a shell that ignores them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = [
  'web/src',
  'web/index.html',
  'web/tenant.html',
  'web/vite.config.ts',
  'common',
  'package-lock.json',
];
const builtIndex = path.join(root, 'web/dist/index.html');

/** The newest modification time under a file or folder. */
function newest(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

// WEB_DIST names a web app built elsewhere, and that is what the server serves: web/dist is not its business.
if (process.env.WEB_DIST) process.exit(0);

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const changedAt = Math.max(...sources.map((source) => newest(path.join(root, source))));
if (changedAt > builtAt) {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  process.exit(result.status ?? 1);
}
