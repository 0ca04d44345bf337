/**
 * The PDF reader: a two-column paper opened from a file, its terms highlighted on the text
 * layer (a term hyphenated across a line break, a ligature, an abbreviation it defines),
 * the card by hover and by keyboard, the text unchanged by highlighting, find, and clear
 * messages for a password-protected, a broken and a too-large file.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { brokenPdf, passwordProtected, twoColumnPaper } from '../support/pdfs';
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

test('a password-protected file asks for its password, and says so when it is wrong', async () => {
  const page = await openReader();
  await openFile(page, 'secret.pdf', await passwordProtected('gut'));
  await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('protected by a password');
  await page.locator('input[type=password]').fill('wrong');
  await page.locator('input[type=password]').press('Enter');
  await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('That password is not right');
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
