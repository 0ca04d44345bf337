/**
 * The extension's lifecycle faults in a real browser: the service worker stopped in the
 * middle of a request, a cold start, the popup closed mid-request, the extension reloaded,
 * or switched off and on, with tabs open, and a browser restart on the same profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { expect, test } from 'vitest';
import { collectErrors, contentScriptReady, currentWorker, launchWithExtension, reloadExtension, setExtensionEnabled, stopServiceWorker, updateSettings } from '../support/browser';
import { readThrough } from '../support/read-through';
import { useSession } from '../support/session';

const s = useSession();

/**
 * Holds every storage read in the running worker until `releaseStorage`, so a request that
 * reads settings stays in flight. A worker started afresh is not affected.
 */
async function stallStorage(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const held: (() => void)[] = [];
    const areas = [chrome.storage.sync, chrome.storage.local];
    for (const area of areas) {
      const get = area.get.bind(area) as (...args: unknown[]) => unknown;
      (area as any).get = (...args: unknown[]) => new Promise((resolve) => held.push(() => resolve(get(...args))));
    }
    (self as any).heldReads = () => held.length;
    (self as any).releaseStorage = () => {
      for (const area of areas) delete (area as any).get;
      for (const release of held.splice(0)) release();
    };
  });
}

const results = (popup: Page) => popup.$$eval('.results [data-term-id]', (els) => els.map((e) => e.getAttribute('data-term-id')));

async function openPopup(): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.locator('input[type=search]').waitFor();
  return popup;
}

test('a request in flight when the service worker stops is sent again and answered', async () => {
  const worker = await currentWorker(s);
  await stallStorage(worker);
  const page = await s.context.newPage();
  const errors = collectErrors(page);
  await page.goto(s.server.url('demo.html'));
  // The content script's start-up request is stuck in the worker: nothing is highlighted yet.
  await expect.poll(() => worker.evaluate(() => (self as any).heldReads() as number)).toBeGreaterThan(0);
  expect(await page.locator('mark[data-term-id]').count()).toBe(0);
  await stopServiceWorker(s);
  // The request fails with the worker; the client sends it once more and a fresh worker answers.
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor({ timeout: 12_000 });
  // The same for the card's entry, fetched while the worker is stopped.
  await stopServiceWorker(s);
  await page.locator('mark[data-term-id="dysbiosis"]').first().hover();
  await expect.poll(() => page.locator('gut-glossary-card .definition').textContent(), { timeout: 12_000 }).toMatch(/imbalance|balance/i);
  expect(errors).toEqual([]);
  await page.close();
});

test('cold start: a page and the popup opened while the worker is stopped both work', async () => {
  await stopServiceWorker(s);
  const page = await s.context.newPage();
  const errors = collectErrors(page);
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor({ timeout: 12_000 });
  await stopServiceWorker(s);
  const popup = await openPopup();
  await popup.locator('.questions li').first().waitFor({ timeout: 12_000 });
  expect(await popup.locator('.questions li').count()).toBe(8);
  expect(errors).toEqual([]);
  await popup.close();
  await page.close();
});

test('closing the popup in the middle of a request leaves the worker answering', async () => {
  const worker = await currentWorker(s);
  const workerErrors: string[] = [];
  worker.on('console', (m) => m.type() === 'error' && workerErrors.push(m.text()));
  const popup = await openPopup();
  await stallStorage(worker);
  // A request that reads the settings, left in flight when the popup closes.
  await popup.evaluate(() => void chrome.runtime.sendMessage({ type: 'getPageConfig', params: { host: 'example.org' } }).catch(() => {}));
  await expect.poll(() => worker.evaluate(() => (self as any).heldReads() as number)).toBeGreaterThan(0);
  await popup.close();
  // The worker finishes it and answers a closed port; then serves the next popup.
  await worker.evaluate(() => (self as any).releaseStorage());
  const again = await openPopup();
  await again.locator('input[type=search]').fill('dysbiosis');
  await expect.poll(async () => (await results(again))[0]).toBe('dysbiosis');
  expect(await worker.evaluate(async () => (await chrome.runtime.getPlatformInfo()).os.length > 0)).toBe(true);
  expect(workerErrors).toEqual([]);
  await again.close();
});

/** The demo page highlighted in a tab, with its errors collected and its highlights counted. */
async function demoTab(): Promise<{ page: Page; errors: string[]; count: number }> {
  const page = await s.context.newPage();
  const errors = collectErrors(page);
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  // Text is wrapped as the reader comes near it: the page read through holds all its highlights.
  await readThrough(page);
  return { page, errors, count: await page.locator('mark[data-term-id]').count() };
}

/** After a reload the tab runs the new content script once: the same highlights, none doubled. */
async function highlightedOnceAfterReload(page: Page, count: number): Promise<void> {
  await page.reload();
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  await readThrough(page);
  await expect.poll(() => page.locator('mark[data-term-id]').count()).toBe(count);
  expect(await page.locator('mark[data-term-id] mark').count()).toBe(0);
}

test('reloading the extension with a tab open: the old script goes quiet, and the reloaded page has one set of highlights', async () => {
  const { page, errors, count } = await demoTab();
  const text = await page.evaluate(() => document.body.textContent);

  await reloadExtension(s);

  // Everything the reader can do on the old page: hover, the term keys, new content.
  await page.locator('mark[data-term-id]').first().hover().catch(() => {});
  await page.keyboard.press('Alt+Shift+J');
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later: butyrate and dysbiosis.' })));
  // The orphaned script has taken its highlights and its card away, and left the text as it was.
  await expect.poll(() => page.locator('mark[data-term-id]').count()).toBe(0);
  expect(await page.locator('gut-glossary-card').count()).toBe(0);
  expect(await page.evaluate(() => document.body.textContent)).toBe(`${text}Later: butyrate and dysbiosis.`);
  expect(errors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
  expect(errors).toEqual([]);

  await highlightedOnceAfterReload(page, count);
  await page.locator('mark[data-term-id="dysbiosis"]').first().hover();
  await page.locator('gut-glossary-card .card').waitFor();
  expect(await page.locator('gut-glossary-card').count()).toBe(1);
  await page.close();
});

test('switching the extension off and on with a tab open: the old script goes quiet, a reload highlights once', async () => {
  const { page, errors, count } = await demoTab();
  await setExtensionEnabled(s, false);
  await page.locator('mark[data-term-id]').first().hover().catch(() => {});
  await expect.poll(() => page.locator('mark[data-term-id]').count()).toBe(0);
  await setExtensionEnabled(s, true);
  expect(await page.locator('mark[data-term-id]').count()).toBe(0); // open tabs are not injected again
  await highlightedOnceAfterReload(page, count);
  expect(errors).toEqual([]);
  await page.close();
});

test('a browser restart keeps the reader’s settings', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'gut-glossary-profile-'));
  try {
    const first = await launchWithExtension({ userDataDir: profile });
    await updateSettings(first, { disabledSites: ['127.0.0.1'] });
    await first.close();
    const second = await launchWithExtension({ userDataDir: profile });
    try {
      const page = await second.context.newPage();
      await page.goto(second.server.url('demo.html'));
      await contentScriptReady(page);
      expect(await page.locator('mark[data-term-id]').count()).toBe(0);
      const other = await second.context.newPage();
      await other.goto(second.server.url('demo.html').replace('127.0.0.1', 'localhost'));
      await other.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
    } finally {
      await second.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
