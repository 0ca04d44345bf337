/**
 * Input no page should have, and some do: one paragraph of 2 MB in a single text node, and
 * a reader's own term that matches everywhere ("the"). The block is matched over several
 * slices, its first mentions wrapped at once (`npm run bench` measures the tasks); the term
 * is highlighted MAX_MENTIONS times, not tens of thousands, and the popup says why. The text reads as the
 * page wrote it, and switching off gives the page back its single text node.
 */
import { expect, test } from 'vitest';
import { oneTextNodePage } from '../../bench/pages';
import { MAX_MENTIONS } from '../../highlight/limits';
import { collectErrors, firstPassDone, updateSettings } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();
const html = oneTextNodePage(2_000_000);
const written = JSON.parse(html.match(/textContent = (".*?");<\/script>/)![1]!.replace(/\\u003c/g, '<')) as string;

test('a 2 MB text node with a reader\'s term "the": highlighted up to the limit, explained, and given back whole', async () => {
  await s.worker.evaluate(async () =>
    chrome.storage.local.set({ userEntries: [{ id: 'own-the', term: 'the', definition: 'A word on every line.' }], userEntries$: { v: 2 } }),
  );
  s.server.route('/one-text-node.html', html);
  const page = await s.context.newPage();
  const errors = collectErrors(page);
  await page.goto(s.server.url('one-text-node.html'));
  await firstPassDone(page, 120_000);
  // The reader's own term carries an opaque token on the page.
  const own = () => page.$$eval('#one mark[data-term-id]:not([data-gg-continued])', (ms) => ms.filter((m) => /^x[0-9a-f]{18}$/.test(m.getAttribute('data-term-id')!)).length);
  // Of one block, the first mentions are wrapped at once, the rest when asked for (here: printing).
  await expect.poll(() => page.locator('#one mark[data-term-id]').count(), { timeout: 60_000 }).toBeGreaterThan(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect.poll(own, { timeout: 60_000 }).toBe(MAX_MENTIONS);
  expect(written.match(/\bthe\b/gi)!.length).toBeGreaterThan(10 * MAX_MENTIONS);
  // Built-in terms past the reader's are still highlighted.
  expect(await page.locator('#one mark[data-term-id="gut-microbiome"]').count()).toBeGreaterThan(0);
  expect(await page.locator('#one').evaluate((p) => p.textContent)).toBe(written);

  await page.bringToFront();
  const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  const state = (await s.worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'getPageState', params: {} }, { frameId: 0 }),
    tabId,
  )) as { tooCommon: string[]; counts: { id: string; count: number }[] };
  // The article's own words come back often enough on 2 MB that some built-ins reach the limit too.
  expect(state.tooCommon).toContain('own-the');
  expect(state.counts.find((c) => c.id === 'own-the')?.count).toBe(MAX_MENTIONS);
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
  await expect.poll(() => popup.locator('.page-terms .too-common').textContent()).toMatch(/“the”.* on this page more than 1,000 times: only the first 1,000 are highlighted/);
  expect(await popup.locator('.page-terms li:has(button[data-term-id="own-the"]) .count').textContent()).toBe(`${MAX_MENTIONS}+`);
  await popup.close();

  await updateSettings(s, { enabled: false });
  await expect.poll(() => page.locator('#one mark').count(), { timeout: 30_000 }).toBe(0);
  expect(await page.locator('#one').evaluate((p) => p.childNodes.length === 1 && (p.firstChild as Text).data)).toBe(written);
  expect(errors).toEqual([]);
  await updateSettings(s, { enabled: true });
  await s.worker.evaluate(async () => chrome.storage.local.set({ userEntries: [], userEntries$: { v: 2 } }));
  await page.close();
}, 180_000);
