/**
 * Where the real-browser tests find Debian's Chromium and Firefox ESR, and the one line that
 * says what to install when one is missing. Imports nothing heavy: `npm test` checks this
 * before any step runs.
 */
import { existsSync } from 'node:fs';

interface Binary {
  name: string;
  env: string;
  path: string;
  install: string;
  other: string;
}

const CHROMIUM: Binary = { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', install: 'chromium', other: 'a Chromium or Chrome binary' };
const FIREFOX: Binary = { name: 'Firefox', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', install: 'firefox-esr', other: 'a Firefox binary' };

const pathOf = (b: Binary) => process.env[b.env] || b.path;

function missing(b: Binary): string | undefined {
  const path = pathOf(b);
  if (existsSync(path)) return undefined;
  return `No ${b.name} at ${path}: install it with "sudo apt-get install -y ${b.install}" (or set ${b.env} to ${b.other}).`;
}

function located(b: Binary): string {
  const problem = missing(b);
  if (problem) throw new Error(problem);
  return pathOf(b);
}

export const chromiumPath = (): string => located(CHROMIUM);
export const firefoxPath = (): string => located(FIREFOX);

/** One line for each browser the real-browser tests need and cannot find. */
export function missingBrowsers(): string[] {
  return [CHROMIUM, FIREFOX].map(missing).filter((m) => m !== undefined);
}
