import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's `chromium` package: the browser the HTML report is tested in (playwright-core downloads none). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Finds Chromium, installing the Debian package when it is missing and this process may (root with apt-get).
 * Returns why it is unavailable otherwise: the caller skips loudly, except in CI (`CI=true`), where it fails.
 */
export function ensureChromium(): { readonly ok: true } | { readonly ok: false; readonly reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { ok: true };
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    return { ok: false, reason: `${CHROMIUM_PATH} is missing; install it with \`apt-get install -y chromium\`` };
  }
  const install = (): ReturnType<typeof spawnSync> =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  let result = install();
  if (result.status !== 0) {
    spawnSync('apt-get', ['update'], { encoding: 'utf8' });
    result = install();
  }
  if (existsSync(CHROMIUM_PATH)) return { ok: true };
  return { ok: false, reason: `apt-get install chromium failed: ${String(result.stderr).trim().split('\n').slice(-3).join(' ')}` };
}

/** The availability check run once per test file: throws in CI, warns and says to skip elsewhere. */
export function chromiumOrSkip(): boolean {
  const found = ensureChromium();
  if (found.ok) return true;
  if (process.env['CI'] === 'true') throw new Error(`Chromium is required in CI: ${found.reason}`);
  console.warn(`\n*** SKIPPING the headless Chromium tests of the HTML report: ${found.reason} ***\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
