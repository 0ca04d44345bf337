/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, with the built
 * extension loaded, and the fixture pages served on 127.0.0.1. Shared by the browser
 * tests, `npm start`, `npm run screenshots` and `npm run bench`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Locator, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './browser-binaries.ts';
import { serveDirectory, type StaticServer } from './server.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

export { chromiumPath };

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
  options: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    hasTouch?: boolean;
    /** A profile to use and keep (to restart the browser on it); a fresh one is made and removed otherwise. */
    userDataDir?: string;
    /**
     * Test hooks (on unless false): the card's shadow root opens so locators reach into it, and
     * our timings go to the page's User Timing timeline. Off, the extension runs as it ships.
     */
    testHooks?: boolean;
  } = {},
): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'gut-glossary-'));
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
  if (options.testHooks !== false) await worker.evaluate(() => chrome.storage.local.set({ testHooks: true }));
  // Chromium installs an extension given on its command line anew at every launch, in a kept
  // profile too (onInstalled says "install"): its first-run page opens every time.
  await closeWelcomePage(context, extensionId);
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
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for the first-run page the extension opens on install, and closes it once it has
 * highlighted its example, before any test begins: no test then meets a tab that opens on
 * its own while it counts tabs or awaits a new one. Every session so checks that the page
 * opens on install.
 */
async function closeWelcomePage(context: BrowserContext, extensionId: string): Promise<void> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const isWelcome = (p: Page) => p.url() === url;
  const page = context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => null));
  if (!page) throw new Error('The first-run page did not open when the extension was installed.');
  await page.locator('#example mark').first().waitFor({ timeout: 10_000 });
  await page.close();
}

/**
 * Stops the extension's service worker, as the browser does when it idles or the worker
 * crashes, and waits until it has stopped (the next message starts it again). The DevTools
 * protocol does this from one of the extension's own pages.
 */
export async function stopServiceWorker(s: Session): Promise<void> {
  const page = await s.context.newPage();
  try {
    await page.goto(`chrome-extension://${s.extensionId}/manifest.json`);
    const cdp = await s.context.newCDPSession(page);
    let version = '';
    let stopped = false;
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions)
        if (v.scriptURL.endsWith('/background.js')) {
          if (v.runningStatus === 'running') version = v.versionId;
          if (v.runningStatus === 'stopped') stopped = true;
        }
    });
    await cdp.send('ServiceWorker.enable');
    for (let i = 0; i < 50 && !version; i++) await page.waitForTimeout(50);
    if (!version) return; // not running: already stopped
    // stopWorker ends it even with a request in flight (stopAllWorkers waits for it).
    await cdp.send('ServiceWorker.stopWorker', { versionId: version });
    for (let i = 0; i < 100 && !stopped; i++) await page.waitForTimeout(50);
    if (!stopped) throw new Error('the service worker did not stop');
  } finally {
    await page.close();
  }
}

/** The extension's running service worker, started by the browser if it was stopped. */
export async function currentWorker(s: Session): Promise<Worker> {
  const running = s.context.serviceWorkers().find((w) => w.url().includes(s.extensionId));
  return running ?? s.context.waitForEvent('serviceworker', { timeout: 10_000 });
}

/**
 * Reloads the extension as a developer does from chrome://extensions (runtime.reload()
 * does not bring back an extension loaded from the command line). Tabs already open keep
 * their old content script, now orphaned.
 */
export async function reloadExtension(s: Session): Promise<void> {
  await fromExtensionsPage(s, async (page, item) => {
    // Developer mode, as a developer reloads: without it the extension does not come back.
    const devMode = page.locator('#devMode');
    if (!(await devMode.evaluate((t) => (t as HTMLInputElement).checked))) await devMode.click();
    await item.locator('#dev-reload-button').click({ timeout: 10_000 });
    await waitUntilLoaded(s, page);
  });
}

/** Switches the extension off or on with its toggle in chrome://extensions. */
export async function setExtensionEnabled(s: Session, enabled: boolean): Promise<void> {
  await fromExtensionsPage(s, async (page, item) => {
    const toggle = item.locator('#enableToggle');
    if ((await toggle.getAttribute('aria-pressed')) !== String(enabled)) await toggle.click();
    if (enabled) await waitUntilLoaded(s, page);
  });
}

async function fromExtensionsPage(s: Session, fn: (page: Page, item: Locator) => Promise<void>): Promise<void> {
  const page = await s.context.newPage();
  try {
    await page.goto('chrome://extensions/');
    const item = page.locator(`extensions-item#${s.extensionId}`);
    await item.waitFor();
    await fn(page, item);
  } finally {
    await page.close();
  }
}

/** Waits until the extension's own pages load again (while it reloads they are blocked). */
async function waitUntilLoaded(s: Session, page: Page): Promise<void> {
  for (let i = 0; ; i++) {
    await page.waitForTimeout(200);
    if (await page.goto(`chrome-extension://${s.extensionId}/manifest.json`).then(() => true, () => false)) return;
    if (i > 25) throw new Error('the extension did not come back');
  }
}


/** Merges `patch` into the reader's stored settings from the extension's worker, as the options page would. */
export async function updateSettings(s: Pick<Session, 'worker'>, patch: Record<string, unknown>): Promise<void> {
  await s.worker.evaluate(async (p) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...((settings as object) ?? {}), ...p } });
  }, patch);
}

/** Errors a page throws or logs from now on (ours must leave none; an "Extension context invalidated" would show here). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/** Waits until the content script's first full pass is over (it marks it with User Timing). */
export async function firstPassDone(page: Page | Frame, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('gut-glossary:done').length > 0, null, { timeout });
}

/**
 * Waits until the content script has handled every change the page made so far. It takes up
 * changed text oldest first once quiet, so when a term added to a probe paragraph after those
 * changes is highlighted, they have been handled too. The probe is removed afterwards.
 */
export async function changesHandled(page: Page | Frame): Promise<void> {
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { id: 'gg-probe' })));
  await page.evaluate(() => document.getElementById('gg-probe')!.append('Probe: dysbiosis.'));
  await page.locator('#gg-probe mark[data-term-id="dysbiosis"]').waitFor();
  await page.evaluate(() => document.getElementById('gg-probe')!.remove());
}

/** Waits until the content script has read its settings, highlighting or not (test hooks mark it with User Timing). */
export async function contentScriptReady(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('gut-glossary:ready').length > 0, null, { timeout: 20_000 });
}

/**
 * Resolves once every term-card timer started so far has fired. The card opens and closes
 * after delays of `ms` at most (the card delay, 300 ms unless a test changes it, and the close
 * delay, 300 ms), and a page timer of the same delay set after them fires after them.
 */
export async function cardTimersFired(page: Page, ms = 300): Promise<void> {
  await page.evaluate((delay) => new Promise((resolve) => setTimeout(resolve, delay)), ms);
}
