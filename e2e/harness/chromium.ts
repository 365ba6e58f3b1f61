import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const installCommand = 'sudo apt-get update && sudo apt-get install -y chromium';

/** The first Chromium found: CHROME_PATH, then the usual Debian/Ubuntu locations. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((path) => existsSync(path)) ?? null;
}

const isRoot = () => process.getuid?.() === 0;
const hasAptGet = () => existsSync('/usr/bin/apt-get');

/**
 * Finds Chromium, installing Debian's package when we are root and apt-get is there (CI machines
 * and containers). Otherwise tells the person the exact command and gives up.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  if (!isRoot() || !hasAptGet()) {
    throw new Error(`Chromium was not found. Install it with:\n  ${installCommand}\nor set CHROME_PATH.`);
  }
  console.log('Chromium not found; installing it with apt-get (once)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
  }
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but it is not in /usr/bin.');
  return installed;
}
