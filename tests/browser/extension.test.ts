/**
 * The extension end to end in Debian's Chromium: highlights on a page, the term card on
 * hover, and the popup's search.
 */
import { expect, test } from 'vitest';
import { useSession } from '../support/session';

const s = useSession();

test('highlights glossary terms with their entry ids, never inside a text field', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  const ids = await page.$$eval('mark[data-term-id]', (marks) => marks.map((m) => m.getAttribute('data-term-id')));
  for (const id of ['dysbiosis', 'tregs', 'scfas', 'fmt', 'ibd', 'butyrate', 'c-difficile']) expect(ids).toContain(id);
  // "short-chain <b>fatty acids</b>" is one match split over two elements, both carrying the id.
  const scfaText = await page.$$eval('mark[data-term-id="scfas"]', (ms) => ms.map((m) => m.textContent).join('|'));
  expect(scfaText).toContain('short-chain |fatty acids');
  expect(await page.locator('input').inputValue()).toBe('I read that dysbiosis affects Tregs');
  expect(await page.$$eval('label mark', (m) => m.map((x) => x.getAttribute('data-term-id')))).toEqual(['dysbiosis', 'tregs']);
  expect(s.pageErrors).toEqual([]);
  await page.close();
});

test('hovering a highlight shows the term card with its definition and FAQ explanation', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  const mark = page.locator('mark[data-term-id="dysbiosis"]').first();
  await mark.hover();
  const card = page.locator('gut-glossary-card .card[data-term-id="dysbiosis"]');
  await card.waitFor({ timeout: 5000 });
  await expect.poll(() => card.locator('.term').textContent()).toMatch(/dysbiosis/i);
  expect((await card.locator('.definition').textContent())!.length).toBeGreaterThan(20);
  expect(await card.locator('.question').textContent()).toMatch(/autoimmune/i);
  expect(s.pageErrors).toEqual([]);
  await page.close();
});

test('the popup finds Tregs from "regulatory" and shows its FAQ explanation', async () => {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  const search = page.locator('input[type=search]');
  await search.fill('regulatory');
  const first = page.locator('.results [data-term-id]').first();
  await expect.poll(() => first.getAttribute('data-term-id')).toBe('tregs');
  await first.click();
  await page.locator('.entry[data-term-id="tregs"] .faq p').first().waitFor();
  expect(await page.locator('.entry .question').textContent()).toMatch(/regulate/i);
  expect(s.pageErrors).toEqual([]);
  await page.close();
});
