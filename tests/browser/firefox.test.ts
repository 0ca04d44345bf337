/**
 * The Firefox MV2 build in Debian's Firefox ESR: the same core checks as in Chromium. It
 * installs and runs, highlights terms on a page, opens the card on hover, the popup
 * searches, the options page imports a file, and no page shows an error.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { ROOT } from '../support/browser';
import { useFirefoxSession } from '../support/session';

const s = useFirefoxSession();

const ids = (page: Page, selector = 'mark[data-term-id]') =>
  page.$$eval(selector, (marks) => marks.map((m) => m.getAttribute('data-term-id')));

async function openDemo(): Promise<Page> {
  const page = await s.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.waitForSelector('mark[data-term-id="dysbiosis"]');
  return page;
}

test('the MV2 build installs as a temporary add-on and runs as MV2', async () => {
  expect(s.addonId).toBe('gut-glossary@gut-glossary.app');
  const popup = await s.openExtensionPage('popup.html');
  const manifest = await popup.evaluate(() => (globalThis as any).browser.runtime.getManifest() as { manifest_version: number; name: string });
  expect(manifest).toMatchObject({ manifest_version: 2, name: 'Gut Glossary' });
  expect(await s.errors()).toEqual([]);
  await popup.close();
});

test('highlights glossary terms with their entry ids, never inside a text field', async () => {
  const page = await openDemo();
  const found = await ids(page);
  for (const id of ['dysbiosis', 'tregs', 'scfas', 'fmt', 'ibd', 'butyrate', 'c-difficile']) expect(found).toContain(id);
  const scfaText = await page.$$eval('mark[data-term-id="scfas"]', (ms) => ms.map((m) => m.textContent).join('|'));
  expect(scfaText).toContain('short-chain |fatty acids');
  expect(await page.$eval('input', (i) => i.value)).toBe('I read that dysbiosis affects Tregs');
  expect(await ids(page, 'label mark')).toEqual(['dysbiosis', 'tregs']);
  expect(await s.errors()).toEqual([]);
  await page.close();
});

test('hovering a highlight shows the term card with its definition and FAQ explanation', async () => {
  const page = await openDemo();
  await page.hover('mark[data-term-id="dysbiosis"]');
  const card = 'gut-glossary-card >>> .card[data-term-id="dysbiosis"]';
  await page.waitForSelector(card);
  expect(await page.$eval(`${card} .term`, (e) => e.textContent)).toMatch(/dysbiosis/i);
  expect(await page.$eval(`${card} .definition`, (e) => e.textContent!.length)).toBeGreaterThan(20);
  expect(await page.$eval(`${card} .question`, (e) => e.textContent)).toMatch(/autoimmune/i);
  // Compact, next to its term and inside the window; "More" unfolds it within 40% of the window's height.
  const layer = 'gut-glossary-card >>> .layer';
  const fits = () =>
    page.$eval(layer, (el) => {
      const r = el.getBoundingClientRect();
      return { inside: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth, share: r.height / innerHeight };
    });
  expect((await fits()).inside).toBe(true);
  await page.click(`${card} .toggle-more`);
  await page.waitForSelector(`${card}[data-expanded="true"]`);
  const unfolded = await fits();
  expect(unfolded.inside).toBe(true);
  expect(unfolded.share).toBeLessThanOrEqual(0.41);
  expect(await s.errors()).toEqual([]);
  await page.close();
});

test('"I know this" on the card stops highlighting the term, and the options page restores it', async () => {
  const page = await openDemo();
  const before = (await ids(page)).filter((id) => id === 'tregs').length;
  await page.hover('mark[data-term-id="tregs"]');
  const card = 'gut-glossary-card >>> .card[data-term-id="tregs"]';
  await page.waitForSelector(card);
  await page.click(`${card} .know`);
  await page.click(`${card} .known-none`);
  await page.waitForFunction(() => document.querySelectorAll('mark[data-term-id="tregs"]').length === 0);
  expect(await ids(page)).toContain('dysbiosis');
  const options = await s.openExtensionPage('options.html');
  await options.waitForSelector('.known-terms li[data-term-id="tregs"] .restore');
  await options.click('.known-terms li[data-term-id="tregs"] .restore');
  await page.waitForFunction((n) => document.querySelectorAll('mark[data-term-id="tregs"]').length === n, {}, before);
  expect(await s.errors()).toEqual([]);
  await options.close();
  await page.close();
});

test('the popup finds Tregs from "regulatory" and shows its FAQ explanation', async () => {
  const popup = await s.openExtensionPage('popup.html');
  // Its placeholder fits the field in Firefox's fonts too.
  const fit = await popup.$eval('input[type=search]', (input) => {
    const el = input as HTMLInputElement;
    const cs = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return { text: Math.ceil(ctx.measureText(el.placeholder).width), room: el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) };
  });
  expect(fit.text).toBeLessThanOrEqual(fit.room);
  await popup.type('input[type=search]', 'regulatory');
  await popup.waitForFunction(() => document.querySelector('.results [data-term-id]')?.getAttribute('data-term-id') === 'tregs');
  await popup.click('.results [data-term-id]');
  await popup.waitForSelector('.entry[data-term-id="tregs"] .faq p');
  expect(await popup.$eval('.entry .question', (e) => e.textContent)).toMatch(/regulate/i);
  expect(await s.errors()).toEqual([]);
  await popup.close();
});

test('the options page imports a glossary file, and its terms are highlighted on an open page', async () => {
  s.server.route('/mine.html', '<!doctype html><p>Zonulin and FODMAPs come up in gut forums, next to dysbiosis.</p>');
  const reader = await s.newPage();
  await reader.goto(s.server.url('mine.html'));
  await reader.waitForSelector('mark[data-term-id="dysbiosis"]');
  // The reader's own terms carry an opaque token, not their id: found by their text.
  const ownIds = (text: string) => reader.$$eval('mark[data-term-id]', (ms, t) => ms.filter((m) => m.textContent === t).map((m) => m.getAttribute('data-term-id')), text);
  expect(await ownIds('Zonulin')).toEqual([]);

  const options = await s.openExtensionPage('options.html');
  const file = await options.waitForSelector('input[type=file]');
  await file!.uploadFile(join(ROOT, 'examples/my-terms.json'));
  await options.click('button[type=submit].primary');
  await options.waitForFunction(() => /3/.test(document.querySelector('.success')?.textContent ?? ''));
  await reader.waitForFunction(() => [...document.querySelectorAll('mark[data-term-id]')].some((m) => m.textContent === 'Zonulin'));
  const [fodmaps] = await ownIds('FODMAPs');
  expect(fodmaps).toMatch(/^x[0-9a-f]{18}$/);
  expect(await s.errors()).toEqual([]);
  await options.close();
  await reader.close();
});
