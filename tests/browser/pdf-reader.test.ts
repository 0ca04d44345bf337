/**
 * The PDF reader: a two-column paper opened from a file, its terms highlighted on the text
 * layer (a term hyphenated across a line break, a ligature, an abbreviation it defines),
 * the card by hover and by keyboard, the text unchanged by highlighting, find, and clear
 * messages for a password-protected, a broken and a too-large file.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { brokenPdf, longBook, passwordProtected, twoColumnPaper } from '../support/pdfs';
import { updateSettings } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();
const card = (page: Page) => page.locator('gut-glossary-card .card');
/** Our highlights in the text layers: each match once, by entry id and the text it covers. */
const highlights = (page: Page) =>
  page.$$eval('.textLayer mark.gut-glossary-mark[data-term-id]:not([data-gg-continued])', (marks) =>
    marks.map((m) => {
      // A match split over runs continues in the marks after it (data-gg-continued).
      let text = m.textContent ?? '';
      const all = [...document.querySelectorAll('.textLayer mark.gut-glossary-mark')];
      for (let i = all.indexOf(m) + 1; i < all.length && all[i]!.hasAttribute('data-gg-continued'); i++) text += all[i]!.textContent;
      return [m.getAttribute('data-term-id'), text];
    }),
  );

async function openReader(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/reader.html`);
  await page.locator('.bar').waitFor();
  return page;
}

async function openFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
}

test('a two-column paper: terms broken across lines, a ligature and a defined abbreviation are each one highlight', async () => {
  const page = await openReader();
  await openFile(page, 'paper.pdf', await twoColumnPaper());
  await page.locator('.textLayer').first().waitFor();
  await expect.poll(() => highlights(page)).toEqual(
    expect.arrayContaining([
      ['gut-microbiome', 'gut micro-\nbiome'],
      ['dietary-fibre', 'dietary\n\uFB01bre'.normalize('NFKC')],
      ['dysbiosis', 'dys-\nbiosis'],
      ['fmt', 'Faecal microbiota transplanta-\ntion'],
      ['scfas', 'short-chain fatty acids'],
      ['butyrate', 'Butyrate'],
    ]),
  );
  // "SCFAs" is learned from the paper's own definition, and found again in the other column.
  expect((await highlights(page)).filter(([id]) => id === 'scfas').length).toBeGreaterThanOrEqual(2);
  expect(await page.locator('.bar .name').textContent()).toBe('paper.pdf');
  expect(s.pageErrors).toEqual([]);
  await page.close();
});

test('the text layer reads the same with highlights removed, and the card opens by hover and keyboard', async () => {
  const page = await openReader();
  await openFile(page, 'paper.pdf', await twoColumnPaper());
  const layer = page.locator('.textLayer').first();
  await page.locator('.textLayer mark[data-term-id="dysbiosis"]').first().waitFor();
  const withMarks = await layer.evaluate((el) => el.textContent);
  const plain = await layer.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const m of copy.querySelectorAll('mark')) m.replaceWith(...m.childNodes);
    return copy.textContent;
  });
  expect(withMarks).toBe(plain);
  expect(plain).toContain('gut micro-\nbiome');

  // The pointer rests on the term as drawn (its text layer run is stretched to the drawn width).
  const box = (await page.locator('.textLayer mark[data-term-id="dysbiosis"]').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await card(page).waitFor();
  expect(await card(page).getAttribute('data-term-id')).toBe('dysbiosis');
  // The card names the term as it reads, not the first line's half of it.
  expect(await card(page).locator('.term').textContent()).toBe('dysbiosis');
  await page.mouse.move(5, 700);
  await expect.poll(() => card(page).count()).toBe(0);

  await page.locator('.bar .name').click();
  await page.keyboard.press('Alt+Shift+KeyJ');
  await card(page).waitFor();
  const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.termId);
  expect(await card(page).getAttribute('data-term-id')).toBe(first);
  await page.close();
});

test('find in document: every occurrence counted, read across line breaks and ligatures, Enter steps on', async () => {
  const page = await openReader();
  await openFile(page, 'paper.pdf', await twoColumnPaper());
  await page.locator('.textLayer').first().waitFor();
  const find = page.locator('input.find');
  await find.fill('fibre');
  await find.press('Enter');
  // "Fibre" in the title, "ﬁbre" with a ligature, "fibre" in the second column.
  await expect.poll(() => page.locator('.find-count').textContent()).toBe('1 of 3');
  expect(await page.evaluate(() => [...(CSS.highlights.get('gut-glossary-find') ?? [])].map((r) => (r as Range).toString()))).toEqual(['Fibre']);
  await find.press('Enter');
  await expect.poll(() => page.locator('.find-count').textContent()).toBe('2 of 3');
  await find.fill('microbiome');
  await find.press('Enter');
  await expect.poll(() => page.locator('.find-count').textContent()).toBe('1 of 1');
  expect(await page.evaluate(() => [...CSS.highlights.get('gut-glossary-find')!].map((r) => (r as Range).toString()))).toEqual(['micro-\nbiome']);
  await find.fill('nothing like this');
  await find.press('Enter');
  await expect.poll(() => page.locator('.find-count').textContent()).toBe('Not found');
  await page.close();
});

test('a password-protected file asks for its password, says so when it is wrong, and opens with the right one', async () => {
  const page = await openReader();
  await openFile(page, 'secret.pdf', await passwordProtected('gut'));
  await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('protected by a password');
  await page.locator('input[type=password]').fill('wrong');
  await page.locator('input[type=password]').press('Enter');
  await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('That password is not right');
  await page.locator('input[type=password]').fill('gut');
  await page.locator('input[type=password]').press('Enter');
  await page.locator('.textLayer mark[data-term-id="dysbiosis"]').waitFor();
  expect(await page.locator('[role=alert]').count()).toBe(0);
  await page.close();
});

test('a broken file and a file that is too large get a clear message, and the reader still opens the next file', async () => {
  const page = await openReader();
  await openFile(page, 'broken.pdf', brokenPdf());
  await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('could not be read as a PDF');
  await page.evaluate(() => {
    // A file larger than the limit, without writing 200 MB: its size is what is checked first.
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const big = new File([new Uint8Array(8)], 'huge.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 300 * 1024 * 1024 });
    const list = new DataTransfer();
    list.items.add(big);
    input.files = list.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('300 MB');
  await openFile(page, 'paper.pdf', await twoColumnPaper());
  await page.locator('.textLayer mark[data-term-id]').first().waitFor();
  expect(await page.locator('[role=alert]').count()).toBe(0);
  await page.close();
});

test('a 300-page book: pages are drawn only near the view, at most a few at once, and it reopens where the reader left it', async () => {
  const book = await longBook(300);
  const page = await openReader();
  await openFile(page, 'book.pdf', book);
  await expect.poll(() => page.locator('.bar').textContent()).toContain('of 300');
  expect(await page.locator('section.page').count()).toBe(300);
  await page.locator('.textLayer mark[data-term-id]').first().waitFor();
  const drawn = () => page.evaluate(() => ({ canvases: document.querySelectorAll('.page canvas').length, layers: document.querySelectorAll('.textLayer').length }));
  expect((await drawn()).canvases).toBeLessThanOrEqual(8);
  // Reading on: pages behind are dropped, the ones reached are drawn and highlighted.
  for (const n of [20, 60, 120, 180]) {
    await page.locator('input.page-number').fill(String(n));
    await page.locator('input.page-number').press('Enter');
    await page.locator(`section.page[data-page="${n}"] .textLayer mark[data-term-id]`).first().waitFor();
    await expect.poll(() => page.locator('input.page-number').inputValue()).toBe(String(n));
  }
  const after = await drawn();
  expect(after.canvases).toBeLessThanOrEqual(8);
  expect(after.layers).toBeLessThanOrEqual(8);
  // The first pages, farthest from the reader, were the first dropped.
  expect(await page.locator('section.page[data-page="1"] canvas').count()).toBe(0);
  expect(await page.locator('section.page[data-page="180"] canvas').count()).toBe(1);
  // Zoom and fit width change every page's box; the page being read stays in view.
  const width = () => page.locator('section.page[data-page="180"]').evaluate((el) => el.getBoundingClientRect().width);
  const fitted = await width();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(width).toBeLessThan(fitted);
  await expect.poll(() => page.locator('input.page-number').inputValue()).toBe('180');
  await page.getByRole('button', { name: 'Fit width' }).click();
  await expect.poll(width).toBeCloseTo(fitted, 0);
  await page.close();

  // The same document opened again starts at the page where it was left.
  const again = await openReader();
  await openFile(again, 'same-book.pdf', book);
  await expect.poll(() => again.locator('input.page-number').inputValue()).toBe('180');
  await again.locator('section.page[data-page="180"] .textLayer').waitFor();
  await again.close();
});

test('dark mode darkens the drawn pages and is remembered', async () => {
  const page = await openReader();
  await openFile(page, 'paper.pdf', await twoColumnPaper());
  await page.locator('.textLayer').first().waitFor();
  const filter = () => page.locator('.page canvas').first().evaluate((c) => getComputedStyle(c).filter);
  expect(await filter()).toBe('none');
  await page.getByRole('button', { name: 'Dark' }).click();
  await expect.poll(filter).toContain('invert');
  await page.close();
  const again = await openReader();
  await expect.poll(() => again.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
  await again.getByRole('button', { name: 'Dark' }).click();
  await again.close();
});

test('the doors: a PDF address opens in the reader with no new permission, and the link menu item exists', async () => {
  const paper = await twoColumnPaper();
  s.server.route('/shared/paper.pdf', paper, { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' });
  s.server.route('/private/paper.pdf', paper, { 'content-type': 'application/pdf' });
  const reader = (address: string) => `chrome-extension://${s.extensionId}/reader.html?url=${encodeURIComponent(address)}`;
  const granted = () => s.worker.evaluate(() => chrome.permissions.getAll());
  const before = await granted();

  const page = await s.context.newPage();
  await page.goto(reader(s.server.url('shared/paper.pdf')));
  await page.locator('.textLayer mark[data-term-id="dysbiosis"]').first().waitFor();
  expect(await page.locator('.bar .name').textContent()).toBe('paper.pdf');
  // A server that shares nothing: Chrome counts the content script's access to every site
  // as the extension's, so the reader may download it; a reader who restricted the
  // extension's site access is asked for that one origin instead (unit-tested).
  await page.goto(reader(s.server.url('private/paper.pdf')));
  await page.locator('.textLayer mark[data-term-id="dysbiosis"]').first().waitFor();
  expect(await granted()).toEqual(before);
  expect(before.origins).toEqual(['<all_urls>']);
  await page.close();

  // The link menu's item was created (updating an item that does not exist fails).
  expect(await s.worker.evaluate(() => chrome.contextMenus.update('gut-glossary-open-pdf', {}).then(() => 'exists'))).toBe('exists');
});

test('the popup lists the whole document\'s terms, drawn pages or not, and jumps to a term on a page far ahead', async () => {
  const book = await longBook(300, { page: 250, line: 'Faecal microbiota transplantation was tried once.' });
  const page = await openReader();
  await openFile(page, 'fmt-book.pdf', book);
  await page.locator('.textLayer mark[data-term-id]').first().waitFor();
  // Without the tabs permission URLs are hidden: the reader just opened is the active tab.
  const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]!.id!);
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
  await page.bringToFront(); // the reader stays in view while the popup is open
  await popup.locator('.page-terms .counts li').first().waitFor();
  const listed = await popup.$$eval('.page-terms .counts li', (lis) =>
    Object.fromEntries(lis.map((li) => [li.querySelector('button')!.getAttribute('data-term-id')!, Number(li.querySelector('.count')!.textContent)])),
  );
  // Eight lines of every page mention dysbiosis; FMT only page 250, which was never drawn.
  expect(listed).toMatchObject({ dysbiosis: 2400, fmt: 1 });
  expect(await popup.locator('.site-switch').count()).toBe(0); // the reader is no site to switch off
  expect(await page.locator('section.page[data-page="250"] canvas').count()).toBe(0);
  await popup.locator('.page-terms button[data-term-id="fmt"]').click();
  await page.locator('gut-glossary-card .card[data-term-id="fmt"]').waitFor();
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.termId)).toBe('fmt');
  expect(await page.evaluate(() => document.activeElement!.closest('section.page')!.getAttribute('data-page'))).toBe('250');
  await expect.poll(() => page.locator('input.page-number').inputValue()).toBe('250');
  expect(s.pageErrors).toEqual([]);
  await popup.close();
  await page.close();
});

for (const dark of [false, true])
  test(`the reader (${dark ? 'dark' : 'light'}): no axe violations, empty, with a paper and its card open, and with a message`, async () => {
    const page = await openReader();
    if (dark !== (await page.evaluate(() => document.documentElement.classList.contains('dark')))) await page.getByRole('button', { name: 'Dark' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await openFile(page, 'paper.pdf', await twoColumnPaper());
    const term = page.locator('.textLayer mark[data-term-id="dysbiosis"]').first();
    await term.waitFor();
    const box = (await term.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await card(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openFile(page, 'secret.pdf', await passwordProtected());
    await page.locator('[role=alert]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (dark) await page.getByRole('button', { name: 'Dark' }).click();
    await page.close();
  });

test('a PDF dropped on the reader opens', async () => {
  const page = await openReader();
  const base64 = Buffer.from(await twoColumnPaper()).toString('base64');
  await page.evaluate((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const files = new DataTransfer();
    files.items.add(new File([bytes], 'dropped.pdf', { type: 'application/pdf' }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
  }, base64);
  await page.locator('.textLayer mark[data-term-id="dysbiosis"]').first().waitFor();
  expect(await page.locator('.bar .name').textContent()).toBe('dropped.pdf');
  await page.close();
});

test('the reader follows "I know this": a term the reader stopped highlighting stays plain, and the card offers the choice but no site switch', async () => {
  const page = await openReader();
  await openFile(page, 'paper.pdf', await twoColumnPaper());
  await expect.poll(async () => (await highlights(page)).map(([id]) => id)).toContain('dysbiosis');
  await updateSettings(s, { knownTerms: [{ id: 'dysbiosis', show: 'none' }] });
  await expect.poll(async () => (await highlights(page)).map(([id]) => id)).not.toContain('dysbiosis');
  // Other terms stay, every mention of them (pages are drawn out of order: no "first mention").
  expect((await highlights(page)).filter(([id]) => id === 'scfas').length).toBeGreaterThanOrEqual(2);
  await page.locator('.textLayer mark[data-term-id="butyrate"]').first().hover();
  await card(page).waitFor();
  expect(await card(page).locator('.know').count()).toBe(1);
  expect(await card(page).locator('.not-here').count()).toBe(0);
  await updateSettings(s, { knownTerms: [] });
  await page.close();
});
