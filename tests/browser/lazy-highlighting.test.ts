/**
 * A long page is scanned whole but wrapped only near the viewport. Everything the reader
 * can observe stays as if it were all wrapped: the counts and the badge, the first mention,
 * jumping to a term from the popup, the next / previous term keys, and the text the page,
 * find-in-page, copying and printing see.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { collectErrors, firstPassDone, updateSettings } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();
beforeAll(() => {
  s.server.route('/long.html', LONG_PAGE);
});

const filler = (i: number) => `Paragraph ${i} is ordinary prose about the weather, the harbour and the long road home, with nothing to explain.`;
const PARAGRAPHS = [
  'Dysbiosis is where this page starts.',
  ...Array.from({ length: 500 }, (_, i) => filler(i)),
  'Tregs sit in the middle of it.',
  ...Array.from({ length: 500 }, (_, i) => filler(i + 500)),
  'Butyrate and dysbiosis close the page.',
];
const ID = (text: string) => (text.startsWith('Dysbiosis') ? 'top' : text.startsWith('Tregs') ? 'middle' : text.startsWith('Butyrate') ? 'bottom' : '');
const LONG_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Long</title></head><body><article>${PARAGRAPHS.map(
  (p) => `<p${ID(p) ? ` id="${ID(p)}"` : ''}>${p}</p>`,
).join('')}</article></body></html>`;

const marksIn = (page: Page, where: string) =>
  page.$$eval(`${where} mark[data-term-id]:not([data-gg-continued])`, (ms) => ms.map((m) => m.getAttribute('data-term-id')));

async function open(hash = ''): Promise<{ page: Page; tabId: number }> {
  const page = await s.context.newPage();
  await page.goto(s.server.url(`long.html${hash}`));
  await firstPassDone(page);
  await page.waitForTimeout(300); // the groups near the viewport are wrapped after the pass
  const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  return { page, tabId };
}

const pageState = (tabId: number) =>
  s.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'getPageState', params: {} }, { frameId: 0 }) as Promise<{ counts: { id: string; count: number }[] }>,
    tabId,
  );

const countsOf = async (tabId: number) => Object.fromEntries((await pageState(tabId)).counts.map((c) => [c.id, c.count]));

test('terms far below are counted at once, exactly, and wrapped only as the reader scrolls near them', async () => {
  const { page, tabId } = await open();
  const errors = collectErrors(page);
  expect(await marksIn(page, '#top')).toEqual(['dysbiosis']);
  expect(await marksIn(page, '#middle')).toEqual([]);
  expect(await marksIn(page, '#bottom')).toEqual([]);
  // "On this page" and the badge count the whole page, wrapped or not.
  expect(await countsOf(tabId)).toEqual({ dysbiosis: 2, tregs: 1, butyrate: 1 });
  await expect.poll(() => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('3');
  await page.locator('#bottom').scrollIntoViewIfNeeded();
  await expect.poll(() => marksIn(page, '#bottom')).toEqual(['butyrate', 'dysbiosis']);
  expect(await marksIn(page, '#middle')).toEqual([]);
  expect(await countsOf(tabId)).toEqual({ dysbiosis: 2, tregs: 1, butyrate: 1 });
  expect(errors).toEqual([]);
  await page.close();
});

test('jumping to a term from the popup reaches a mention that was not wrapped yet', async () => {
  const { page, tabId } = await open();
  expect(await marksIn(page, '#middle')).toEqual([]);
  const jumped = await s.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'jumpTo', params: { id: 'tregs' } }, { frameId: 0 }), tabId);
  expect(jumped).toBe(true);
  expect(await marksIn(page, '#middle')).toEqual(['tregs']);
  expect(await page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('middle');
  await page.close();
});

test('the next / previous term keys step through terms that were not wrapped yet, in page order', async () => {
  const { page } = await open();
  const focused = () => page.evaluate(() => [document.activeElement?.getAttribute('data-term-id'), document.activeElement?.closest('p')?.id]);
  await page.keyboard.press('Alt+Shift+J');
  expect(await focused()).toEqual(['dysbiosis', 'top']);
  await page.keyboard.press('Alt+Shift+J');
  expect(await focused()).toEqual(['tregs', 'middle']);
  await page.keyboard.press('Alt+Shift+J');
  expect(await focused()).toEqual(['butyrate', 'bottom']);
  await page.keyboard.press('Alt+Shift+J');
  expect(await focused()).toEqual(['dysbiosis', 'bottom']);
  await page.keyboard.press('Alt+Shift+J'); // wraps around to the first term
  expect(await focused()).toEqual(['dysbiosis', 'top']);
  await page.close();
  // Backwards from the top of a fresh page: around to the last term, then up through the page.
  const { page: again } = await open();
  const focusedAgain = () => again.evaluate(() => [document.activeElement?.getAttribute('data-term-id'), document.activeElement?.closest('p')?.id]);
  await again.keyboard.press('Alt+Shift+K');
  expect(await focusedAgain()).toEqual(['dysbiosis', 'bottom']);
  await again.keyboard.press('Alt+Shift+K');
  expect(await focusedAgain()).toEqual(['butyrate', 'bottom']);
  await again.keyboard.press('Alt+Shift+K');
  expect(await focusedAgain()).toEqual(['tregs', 'middle']);
  await again.close();
});

test('"first mention only" marks the first mention in the text, not the first one the reader scrolled to', async () => {
  const set = (firstMentionOnly: boolean) => updateSettings(s, { firstMentionOnly });
  await set(true);
  try {
    // The page opens at its end: the mention of dysbiosis there is not its first.
    const { page, tabId } = await open('#bottom');
    await expect.poll(() => marksIn(page, '#bottom')).toEqual(['butyrate']);
    expect(await countsOf(tabId)).toEqual({ dysbiosis: 1, tregs: 1, butyrate: 1 });
    await page.locator('#top').scrollIntoViewIfNeeded();
    await expect.poll(() => marksIn(page, '#top')).toEqual(['dysbiosis']);
    expect(await marksIn(page, '#bottom')).toEqual(['butyrate']);
    await page.close();
  } finally {
    await set(false);
  }
});

test('the page, find-in-page, copying and printing see the same text, wrapped or not', async () => {
  const { page } = await open();
  const errors = collectErrors(page);
  const expected = PARAGRAPHS.join('');
  // What the page's own scripts read.
  expect(await page.evaluate(() => document.querySelector('article')!.textContent)).toBe(expected);
  // Find-in-page finds a term that is not wrapped yet, and one that is.
  expect(await page.evaluate(() => (window as any).find('Butyrate and dysbiosis') && getSelection()!.anchorNode?.parentElement?.closest('p')?.id)).toBe('bottom');
  expect(await page.evaluate(() => (window as any).find('Dysbiosis is where', false, true) && getSelection()!.toString())).toBe('Dysbiosis is where');
  // Copying a selection that runs from wrapped into unwrapped text.
  const copied = await page.evaluate(() => {
    const r = document.createRange();
    r.setStart(document.getElementById('top')!, 0);
    r.setEnd(document.getElementById('middle')!, 1);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
    return getSelection()!.toString();
  });
  expect(copied.replace(/\s+/g, ' ')).toBe(PARAGRAPHS.slice(0, 502).join(' '));
  // Printing: every mention is wrapped first, and the text is still the same.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await marksIn(page, 'article')).toEqual(['dysbiosis', 'tregs', 'butyrate', 'dysbiosis']);
  expect(await page.evaluate(() => document.querySelector('article')!.textContent)).toBe(expected);
  expect(errors).toEqual([]);
  await page.close();
});
