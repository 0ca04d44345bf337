/**
 * "I know this": marked on a card with the reader's own click, it applies at once to every
 * open tab and persists; the options page lists the term, switches how it is shown, and
 * restores it. A page's script cannot press it.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { firstPassDone } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();

const card = (page: Page) => page.locator('gut-glossary-card .card');
const count = (page: Page, id: string) => page.locator(`mark[data-term-id="${id}"]`).count();

async function openDemo(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  // Counts below compare whole pages: the first pass is over.
  await firstPassDone(page);
  return page;
}

/** What a page's script can do to our card's buttons (under test hooks the root is open): click them. */
const scriptClick = (page: Page, selector: string) =>
  page.evaluate((sel) => document.querySelector('gut-glossary-card')!.shadowRoot!.querySelector<HTMLElement>(sel)?.click(), selector);

const storedKnown = () => s.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { knownTerms?: unknown } | undefined)?.knownTerms ?? []);

test('"I know this" takes the reader\'s own clicks only, and applies to every open tab at once', async () => {
  const page = await openDemo();
  const other = await openDemo();
  const all = await count(page, 'tregs');
  const dysbiosis = await count(page, 'dysbiosis');
  expect(all).toBeGreaterThan(1);

  await page.locator('article p mark[data-term-id="tregs"]').first().hover();
  await card(page).waitFor();
  // The page's script presses "I know this": nothing happens.
  await scriptClick(page, '.know');
  expect(await card(page).locator('.known-choice').count()).toBe(0);
  // The reader does: the card asks how the term should still be shown.
  await card(page).locator('.know').click();
  await card(page).locator('.known-choice').waitFor();
  // The page's script picks a choice: nothing is stored, nothing changes.
  await scriptClick(page, '.known-none');
  await scriptClick(page, '.known-first');
  expect(await card(page).count()).toBe(1);
  expect(await storedKnown()).toEqual([]);
  // The reader picks "first mention only": the card closes, and every tab follows.
  await card(page).locator('.known-first').click();
  await expect.poll(() => card(page).count()).toBe(0);
  await expect.poll(() => count(page, 'tregs')).toBe(1);
  await expect.poll(() => count(other, 'tregs')).toBe(1);
  // The first mention in the text is the one left; other terms are untouched.
  expect(await page.locator('mark[data-term-id="tregs"]').evaluate((m) => m === document.querySelectorAll('mark[data-term-id="tregs"]')[0])).toBe(true);
  expect(await count(page, 'dysbiosis')).toBe(dysbiosis);
  expect(await storedKnown()).toEqual([{ id: 'tregs', show: 'first' }]);
  // Nothing about it is written into the page: no attribute or text names what the reader knows.
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toMatch(/known|first-mention/i);

  // A page opened later follows too (the setting persists).
  const later = await openDemo();
  expect(await count(later, 'tregs')).toBe(1);
  await later.close();

  // The options page lists it; "Not highlighted" hides it everywhere, "Restore" brings it all back.
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  const row = options.locator('.known-terms li[data-term-id="tregs"]');
  await expect.poll(() => row.textContent()).toMatch(/regulatory T cells/);
  await row.locator('select').selectOption('none');
  await expect.poll(() => count(page, 'tregs')).toBe(0);
  await expect.poll(() => count(other, 'tregs')).toBe(0);
  await row.locator('.restore').click();
  await expect.poll(() => count(page, 'tregs')).toBe(all);
  await expect.poll(() => count(other, 'tregs')).toBe(all);
  expect(await storedKnown()).toEqual([]);
  await options.close();
  await other.close();
  await page.close();
});

test('"Stop highlighting it" from the keyboard: the term goes from the page, and only it', async () => {
  const page = await openDemo();
  const dysbiosis = await count(page, 'dysbiosis');
  await page.locator('article p mark[data-term-id="tregs"]').first().hover();
  await card(page).waitFor();
  await card(page).locator('.know').focus();
  await page.keyboard.press('Enter');
  // Focus moves to the first choice; Tab to the second, Enter picks it.
  await expect.poll(() => card(page).locator('.known-first').evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => count(page, 'tregs')).toBe(0);
  expect(await count(page, 'dysbiosis')).toBe(dysbiosis);
  expect(await storedKnown()).toEqual([{ id: 'tregs', show: 'none' }]);
  // Put back for the other tests of this file.
  await s.worker.evaluate(async () => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object), knownTerms: [] } });
  });
  await expect.poll(() => count(page, 'tregs')).toBeGreaterThan(0);
  await page.close();
});
