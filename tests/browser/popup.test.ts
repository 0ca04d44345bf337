/**
 * The popup as readers use it: ranked results as they type, the keyboard, an entry, the
 * terms on the open page (with jumping), the site switch, and the toolbar badge.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useSession } from '../support/session';

const s = useSession();

const results = (popup: Page) => popup.$$eval('.results [data-term-id]', (els) => els.map((e) => e.getAttribute('data-term-id')));

async function openPopup(query = ''): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html${query}`);
  await popup.locator('input[type=search]').waitFor();
  return popup;
}

/** A demo page in a tab, and that tab's id as the extension sees it. */
async function demoTab(): Promise<{ page: Page; tabId: number }> {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  // Without the tabs permission URLs are hidden: the page just opened is the active tab.
  const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  return { page, tabId };
}

test('results appear in rank order as the reader types, keyboard first', async () => {
  const popup = await openPopup();
  expect(await popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  await popup.keyboard.type('fatty');
  await expect.poll(async () => (await results(popup))[0]).toBe('scfas');
  await popup.locator('input[type=search]').fill('');
  await popup.keyboard.type('butyr');
  await expect.poll(async () => (await results(popup))[0]).toBe('butyrate');
  const second = (await results(popup))[1];
  await popup.keyboard.press('ArrowDown');
  expect(await popup.locator('.result.active').getAttribute('data-term-id')).toBe(second);
  await popup.keyboard.press('ArrowUp');
  await popup.keyboard.press('Enter');
  await popup.locator('.entry[data-term-id="butyrate"]').waitFor();
  expect(await popup.locator('.entry .definition').textContent()).toMatch(/./);
  expect(await popup.locator('.entry .faq p').count()).toBeGreaterThan(1);
  await popup.locator('.entry .related button').first().click();
  await popup.locator('.entry').waitFor();
  expect(await popup.locator('.entry').getAttribute('data-term-id')).not.toBe('butyrate');
  await popup.close();
});

test('a question finds its entry, and a result found through another form says which', async () => {
  const popup = await openPopup();
  await popup.keyboard.type('what is leaky gut?');
  await expect.poll(() => results(popup)).toEqual(['gut-barrier']);
  expect(await popup.locator('.result .found-as').textContent()).toBe('also written: leaky gut');
  await popup.close();
});

test('Escape clears the search; an empty search shows the eight questions; no result suggests the closest', async () => {
  const popup = await openPopup();
  await popup.keyboard.type('tregs');
  await expect.poll(() => results(popup)).not.toEqual([]);
  await popup.keyboard.press('Escape');
  expect(await popup.locator('input[type=search]').inputValue()).toBe('');
  expect(await popup.locator('.questions li').count()).toBe(8);
  await popup.keyboard.type('dysbiosys xx');
  await popup.locator('.empty').waitFor();
  await popup.close();
});

test('"On this page" lists the open tab\'s entries by count, and jumping opens the card there', async () => {
  const { page, tabId } = await demoTab();
  const popup = await openPopup(`?tab=${tabId}`);
  await popup.locator('.page-terms .counts li').first().waitFor();
  const listed = await popup.$$eval('.page-terms .counts li', (lis) =>
    lis.map((li) => ({ id: li.querySelector('button')!.getAttribute('data-term-id')!, n: Number(li.querySelector('.count')!.textContent) })),
  );
  const onPage = await page.$$eval('mark[data-term-id]:not([data-gg-continued])', (ms) => {
    const c: Record<string, number> = {};
    for (const m of ms) c[m.getAttribute('data-term-id')!] = (c[m.getAttribute('data-term-id')!] ?? 0) + 1;
    return c;
  });
  expect(Object.fromEntries(listed.map((l) => [l.id, l.n]))).toEqual(onPage);
  expect(listed.map((l) => l.n)).toEqual([...listed.map((l) => l.n)].sort((a, b) => b - a));
  await popup.locator('.page-terms button[data-term-id="fmt"]').click();
  await page.locator('gut-glossary-card .card[data-term-id="fmt"]').waitFor();
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.termId)).toBe('fmt');
  await popup.close();
  await page.close();
});

test('the site switch removes and restores highlights on the open tab; the badge counts entries', async () => {
  const { page, tabId } = await demoTab();
  const distinct = await page.$$eval('mark[data-term-id]', (ms) => new Set(ms.map((m) => m.getAttribute('data-term-id'))).size);
  await expect.poll(() => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(distinct));
  const popup = await openPopup(`?tab=${tabId}`);
  const sw = popup.locator('.site-switch');
  await sw.waitFor();
  expect(await sw.isChecked()).toBe(true);
  await sw.uncheck();
  await expect.poll(() => page.locator('mark[data-term-id]').count()).toBe(0);
  await expect.poll(() => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  await sw.check();
  await expect.poll(() => page.locator('mark[data-term-id]').count()).toBeGreaterThan(0);
  await popup.close();
  await page.close();
});

test('the context menu door: a selection opens the card on the page', async () => {
  const { page, tabId } = await demoTab();
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('article p')].find((x) => x.textContent!.includes('faecal microbiota transplantation'))!;
    const r = document.createRange();
    r.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  const shown = await s.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'explain', params: { text: 'faecal microbiota transplantation' } }, { frameId: 0 }),
    tabId,
  );
  expect(shown).toBe(true);
  await page.locator('gut-glossary-card .card').waitFor();
  await page.close();
});

test('Escape in an entry goes back to the search, with the query kept and focus in the field', async () => {
  const popup = await openPopup();
  await popup.keyboard.type('butyr');
  await expect.poll(async () => (await results(popup))[0]).toBe('butyrate');
  await popup.keyboard.press('Enter');
  await popup.locator('.entry[data-term-id="butyrate"]').waitFor();
  await popup.keyboard.press('Escape');
  await popup.locator('input[type=search]').waitFor();
  expect(await popup.locator('.entry').count()).toBe(0);
  await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  await popup.close();
});

test('the footer shows the keyboard shortcuts as the browser has them set', async () => {
  const popup = await openPopup();
  const next = popup.locator('.shortcuts [data-command="next-term"]');
  await next.waitFor();
  expect(await next.locator('kbd').textContent()).toBe('Alt+Shift+J');
  expect(await next.locator('dd').textContent()).toMatch(/next highlighted term/);
  expect(await popup.locator('.shortcuts [data-command="previous-term"] kbd').textContent()).toBe('Alt+Shift+K');
  await popup.close();
});

/** Everything in the popup that sticks out past its right edge (nothing should: it would be cut off). */
const overflowing = (popup: Page) =>
  popup.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((el) => `${el.localName}.${el.className}`),
  );

/** Whether the search field's placeholder fits between its paddings, measured in the field's own font. */
const placeholderFits = (popup: Page) =>
  popup.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return { text: Math.ceil(ctx.measureText(input.placeholder).width), room: input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) };
  });

// The browser's popup is at most 800 × 600 device pixels: at 200% zoom that is 400 × 300 CSS pixels.
for (const [label, size] of [
  ['400 px wide', { width: 400, height: 600, deviceScaleFactor: 1 }],
  ['200% zoom', { width: 400, height: 300, deviceScaleFactor: 2 }],
] as const) {
  test(`at ${label}: the placeholder fits, nothing is cut off at the right, the footer is in reach`, async () => {
    const popup = await s.context.newPage();
    const cdp = await s.context.newCDPSession(popup);
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, mobile: false });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.locator('.questions li').first().waitFor();
    const { text, room } = await placeholderFits(popup);
    expect(text).toBeLessThanOrEqual(room);
    expect(await overflowing(popup)).toEqual([]);
    // Results, and an entry with its related terms and FAQ link.
    await popup.keyboard.type('short-chain');
    await popup.locator('.results .result').first().waitFor();
    expect(await overflowing(popup)).toEqual([]);
    await popup.keyboard.press('Enter');
    await popup.locator('.entry').waitFor();
    expect(await overflowing(popup)).toEqual([]);
    // The footer's last control can be scrolled to and is whole.
    await popup.keyboard.press('Escape');
    const options = popup.locator('footer .options');
    await options.scrollIntoViewIfNeeded();
    const box = (await options.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    await popup.close();
  });
}
