/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, with the built
 * extension loaded, and the fixture pages served on 127.0.0.1. Shared by the browser
 * tests, `npm start`, `npm run screenshots` and `npm run bench`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { serveDirectory, type StaticServer } from './server.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(
      `No Chromium at ${path}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium or Chrome binary).`,
    );
  return path;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: StaticServer;
  /** Page errors seen so far, from any page (ours must leave none). */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: { headless?: boolean; colorScheme?: 'light' | 'dark'; hasTouch?: boolean } = {},
): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'gut-glossary-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 800 },
    hasTouch: options.hasTouch ?? false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pageErrors: string[] = [];
  context.on('weberror', (e) => pageErrors.push(String(e.error())));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const server = await serveDirectory(PAGES_DIR, ROOT);
  return {
    context,
    extensionId,
    worker,
    server,
    pageErrors,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
