/**
 * The keyboard as readers use it, with real key presses: next / previous term as browser
 * commands (forwarded to the tab) with the page's own fallback, never while typing in a
 * field, continuing after Escape, Tab out of the card, and Enter on a related term.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useSession } from '../support/session';

const s = useSession();
const card = (page: Page) => page.locator('gut-glossary-card .card');
const focusedTerm = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.termId ?? null);
const focusedIndex = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('mark[data-term-id]')].indexOf(document.activeElement as Element));
/** What has focus inside our card's shadow root, if anything. */
const focusInCard = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('gut-glossary-card')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return el ? { tag: el.localName, cls: el.className } : null;
  });

async function openDemo(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  await page.locator('h1').click();
  return page;
}

test('next and previous term are browser commands the reader can change, with the default keys', async () => {
  const commands = await s.worker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
  expect(byName['next-term']?.shortcut).toBe('Alt+Shift+J');
  expect(byName['previous-term']?.shortcut).toBe('Alt+Shift+K');
  expect(byName['next-term']?.description).toMatch(/next highlighted term/);
});

test('the command reaches the tab through the tab protocol and opens the next term\'s card', async () => {
  const page = await openDemo();
  const step = (direction: 'next' | 'previous') =>
    s.worker.evaluate(async (d) => {
      const [tab] = await chrome.tabs.query({ active: true });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'stepTerm', params: { direction: d } }, { frameId: 0 });
    }, direction);
  expect(await step('next')).toBe(true);
  await card(page).waitFor();
  expect(await focusedIndex(page)).toBe(0);
  expect(await step('next')).toBe(true);
  await expect.poll(() => focusedIndex(page)).toBe(1);
  expect(await step('previous')).toBe(true);
  await expect.poll(() => focusedIndex(page)).toBe(0);
  // Typing in a field: the command does nothing there.
  await page.locator('input[type=text]').click();
  expect(await step('next')).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('input');
  await page.close();
});

test('Alt+Shift+J in a textarea or a text field keeps focus there', async () => {
  const page = await openDemo();
  await page.evaluate(() => {
    const t = document.createElement('textarea');
    t.id = 'reply';
    document.body.append(t);
  });
  await page.locator('#reply').click();
  await page.keyboard.type('Gut ');
  await page.keyboard.press('Alt+Shift+KeyJ');
  await page.keyboard.type('feeling');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply');
  expect(await page.locator('#reply').inputValue()).toBe('Gut feeling');
  expect(await card(page).count()).toBe(0);
  await page.locator('input[type=text]').click();
  await page.keyboard.press('Alt+Shift+KeyJ');
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('input');
  await page.close();
});

test('after Escape, "next term" goes on from the last term, even once focus has moved away', async () => {
  const page = await openDemo();
  await page.keyboard.press('Alt+Shift+KeyJ');
  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect.poll(() => focusedIndex(page)).toBe(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => card(page).count()).toBe(0);
  await page.locator('h1').click(); // focus leaves the term
  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect.poll(() => focusedIndex(page)).toBe(2);
  await card(page).waitFor();
  await page.close();
});

test('Tab past the card\'s last control returns to the text after the term and closes the card', async () => {
  const page = await openDemo();
  await page.keyboard.press('Alt+Shift+KeyJ');
  await card(page).waitFor();
  const term = await focusedTerm(page);
  await page.keyboard.press('Tab'); // into the card: its first control
  expect(await focusInCard(page)).not.toBeNull();
  for (let i = 0; i < 10 && (await card(page).count()) > 0; i++) await page.keyboard.press('Tab');
  expect(await card(page).count()).toBe(0);
  expect(await focusedTerm(page)).toBe(term);
  // The next Tab goes on in the page, and the card stays closed.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('gut-glossary-card');
  await page.close();
});

test('Enter on a related term shows it in the card and keeps focus in the card', async () => {
  const page = await openDemo();
  await page.keyboard.press('Alt+Shift+KeyJ');
  await card(page).waitFor();
  const term = await focusedTerm(page);
  await page.keyboard.press('Tab'); // close button
  await page.keyboard.press('Tab'); // "More"
  expect((await focusInCard(page))?.cls).toMatch(/toggle-more/);
  await page.keyboard.press('Enter');
  const related = card(page).locator('.related button').first();
  const relatedName = await related.textContent();
  await related.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => card(page).getAttribute('data-term-id')).not.toBe(term);
  expect(await card(page).locator('.term').textContent()).toBe(relatedName);
  expect(await focusInCard(page)).toMatchObject({ tag: 'div', cls: 'card' });
  // Escape from there still returns to the highlighted term.
  await page.keyboard.press('Escape');
  await expect.poll(() => focusedTerm(page)).toBe(term);
  await page.close();
});
