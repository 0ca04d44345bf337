/**
 * Firefox harness: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the
 * MV2 build installed as a temporary add-on (BiDi's webExtension.install), and the fixture
 * pages served on 127.0.0.1. The Firefox counterpart of browser.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, PAGES_DIR } from './browser.ts';
import { firefoxPath } from './browser-binaries.ts';
import { serveDirectory, type StaticServer } from './server.ts';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');

/**
 * The extension's internal UUID, fixed through a pref so its pages have a known
 * moz-extension:// address (Firefox otherwise picks a random one per profile).
 */
const EXTENSION_UUID = '5d1e3c0a-8f57-4b6e-9c2d-7a41f0b6e913';

export interface FirefoxSession {
  browser: Browser;
  server: StaticServer;
  /** The add-on id BiDi reports after installing it (the manifest's gecko id). */
  addonId: string;
  /**
   * Errors so far (ours must leave none): uncaught errors and console errors of web pages
   * opened with `newPage`, and uncaught errors and rejections in any of the extension's own
   * pages, its background page and its content scripts.
   */
  errors(): Promise<string[]>;
  /** A new tab whose errors are collected into `pageErrors`. */
  newPage(): Promise<Page>;
  /** A new tab showing one of the extension's own pages (popup.html, options.html…). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  const manifest = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run "npm run build" first.`);
  const geckoId: string = JSON.parse(readFileSync(manifest, 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1200, height: 800 },
    // BiDi refuses to navigate to moz-extension:// pages unless the client may reach
    // privileged ones; this is what lets a test open the popup and the options page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }) },
  });
  const server = await serveDirectory(PAGES_DIR, ROOT);
  const pageErrors: string[] = [];
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const newPage = async () => {
      const page = await browser.newPage();
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
      return page;
    };
    const session: FirefoxSession = {
      browser,
      server,
      addonId,
      errors: async () => [...pageErrors, ...(await extensionErrors(browser))],
      newPage,
      async openExtensionPage(path) {
        const page = await newPage();
        const url = `moz-extension://${EXTENSION_UUID}/${path}`;
        // The page moves into the extension's process, where puppeteer loses sight of the
        // navigation it started (it never reports its end): wait for the page itself instead.
        page.goto(url).catch(() => {});
        await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 10_000 }, url);
        return page;
      },
      async close() {
        await browser.close();
        await server.close();
      },
    };
    // Test hooks, as in Chromium: the card's shadow root opens so tests can reach into it.
    // The page stays open: closed while it still loads its data, it would log an error.
    const page = await session.openExtensionPage('options.html');
    await page.evaluate(() => (globalThis as any).browser.storage.local.set({ testHooks: true }));
    // Installing opened the first-run page: once it has highlighted its example, it is
    // closed, so no test meets it (as in Chromium; this also checks that it opened).
    await closeWelcomePage(page);
    return session;
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

/**
 * Waits, from one of the extension's own pages, for the first-run page that installing
 * opened, and closes it once it has highlighted its example. Asked through the extension
 * (`getViews`): puppeteer does not see a tab's move into the extension's process, and
 * probing tabs from outside makes their blank start run our content script.
 */
async function closeWelcomePage(from: Page): Promise<void> {
  const closed = await from.evaluate(async () => {
    const ext = (globalThis as any).browser.extension;
    for (let i = 0; i < 100; i++) {
      const welcome = (ext.getViews({ type: 'tab' }) as Window[]).find((w) => w.location.pathname === '/welcome.html');
      if (welcome?.document.querySelector('#example mark')) {
        welcome.close();
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  });
  if (!closed) throw new Error('The first-run page did not open when the add-on was installed.');
}

/**
 * Errors thrown by the extension's code anywhere, read from the browser's console service in
 * the privileged parent process (BiDi reports no log entries for moz-extension:// pages).
 * Uses puppeteer's BiDi connection, which it does not type as public.
 *
 * Left out: Firefox's own note that a message was still in flight when its page went away
 * ("Promise rejected after context unloaded"). It is logged for any page that navigates
 * while its content script awaits the background, whatever the script does with the
 * rejection, and no page is left to show it in.
 */
async function extensionErrors(browser: Browser): Promise<string[]> {
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context: string = tree.result.contexts[0].context;
  const origin = `moz-extension://${EXTENSION_UUID}/`;
  const evaluated = await bidi.send('script.evaluate', {
    target: { context },
    awaitPromise: false,
    expression: `JSON.stringify(Services.console.getMessageArray()
      .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag) && m.sourceName.startsWith(${JSON.stringify(origin)}))
      .map((m) => m.sourceName + ':' + m.lineNumber + ' ' + m.errorMessage))`,
  });
  if (evaluated.result.type !== 'success') throw new Error(`reading the browser console failed: ${JSON.stringify(evaluated.result)}`);
  return (JSON.parse(evaluated.result.result.value) as string[]).filter((e) => !e.includes('Promise rejected after context unloaded'));
}
