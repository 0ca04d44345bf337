/**
 * The page session follows the reader's settings live: a card delay changed while a tab
 * is open applies to that tab's next hover, without a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type Session } from '../support/browser';

let s: Session;
beforeAll(async () => {
  s = await launchWithExtension();
});
afterAll(async () => {
  await s?.close();
});

const card = (page: Page) => page.locator('gut-glossary-card .card');

async function setCardDelay(ms: number): Promise<void> {
  await s.worker.evaluate(async (cardDelayMs) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...((settings as object) ?? {}), cardDelayMs } });
  }, ms);
}

test('a card delay changed with a tab open is the delay of its next hover', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  const mark = page.locator('article p mark[data-term-id="tregs"]').first();
  await mark.waitFor();
  try {
    await setCardDelay(2000);
    // The page hears of the change through storage: give the event time to arrive.
    await page.waitForTimeout(500);
    await mark.hover();
    // Well inside the new 2 s delay, and well past the old 300 ms: still closed.
    await page.waitForTimeout(1000);
    expect(await card(page).count()).toBe(0);
    // And it does open, once the delay has passed.
    await card(page).waitFor({ timeout: 10_000 });
    expect(await card(page).getAttribute('data-term-id')).toBe('tregs');
  } finally {
    await setCardDelay(300);
    await page.close();
  }
});
