/**
 * The reader's own glossary in the real browser: a term added in the options page is
 * highlighted on an open page; an import adds its terms; a broken import changes nothing.
 * Related terms are chosen by name with the keyboard; a term named like a built-in one asks
 * first; a broken file lists every problem at once; a file that is no glossary says so.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { ROOT } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();
let reader: Page;
beforeAll(async () => {
  s.server.route('/mine.html', '<!doctype html><p>Zonulin and FODMAPs come up in gut forums, next to dysbiosis and kombuchology.</p><p>Akkermansia muciniphila and Akkermansia too.</p>');
  reader = await s.context.newPage();
  await reader.goto(s.server.url('mine.html'));
  await reader.locator('mark[data-term-id="dysbiosis"]').waitFor();
});

/** Highlights of one of the reader's own terms, by their text: their marks carry an opaque token, not the entry's id. */
const ownMarks = (text: string) =>
  reader.evaluate((t) => [...document.querySelectorAll('mark[data-term-id]')].filter((m) => m.textContent === t).length, text);

/** The reader's own entries as stored. */
const storedEntries = () => s.worker.evaluate(async () => (await chrome.storage.local.get('userEntries')).userEntries);

async function openOptions(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.getByRole('button', { name: 'Add a term' }).waitFor();
  return page;
}

test('a term added in the options page is highlighted on a page already open', async () => {
  const options = await openOptions();
  await options.getByRole('button', { name: 'Add a term' }).click();
  await options.getByLabel('Term', { exact: true }).fill('kombuchology');
  await options.getByLabel('Definition').fill('The study of fermented tea drinks and the microbes that make them.');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.locator('.term-item[data-term-id="kombuchology"]').waitFor();
  await expect.poll(() => ownMarks('kombuchology')).toBe(1);
  await options.close();
});

test('importing a file adds its terms; a broken file is refused with a clear error and changes nothing', async () => {
  const options = await openOptions();
  const file = options.locator('input[type=file]');
  await file.setInputFiles(join(ROOT, 'examples/my-terms.json'));
  await options.getByRole('button', { name: /import/i }).click();
  await expect.poll(() => options.locator('.success', { hasText: /3/ }).count()).toBeGreaterThan(0);
  await expect.poll(() => ownMarks('Zonulin')).toBe(1);
  expect(await ownMarks('FODMAPs')).toBe(1);
  const stored = await storedEntries();
  expect(JSON.stringify(stored)).toContain('zonulin');

  await file.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "gut-glossary", "version": 1, "entries": [ {"id": "x"') });
  await options.getByRole('button', { name: /import/i }).click();
  const errors = options.locator('.errors');
  await errors.waitFor();
  expect(await errors.textContent()).toMatch(/line \d+/i);
  // Nothing was stored (the refusal is shown once the import is over), so the page is as it was.
  expect(await storedEntries()).toEqual(stored);
  expect(await ownMarks('Zonulin')).toBe(1);
  expect(await ownMarks('kombuchology')).toBe(1);
  await options.close();
});

test('the options page lists the keyboard shortcuts as set, and says where to change them', async () => {
  const options = await openOptions();
  const next = options.locator('.shortcuts [data-command="next-term"]');
  await next.waitFor();
  expect(await next.locator('kbd').textContent()).toBe('Alt+Shift+J');
  expect(await options.locator('.shortcuts [data-command="toggle-site"] kbd').textContent()).toBe('Alt+Shift+G');
  expect(await options.locator('.shortcuts p').textContent()).toMatch(/chrome:\/\/extensions\/shortcuts/);
  await options.close();
});

/** The popup's search results for `query`, as [id, term]. */
async function popupSearch(query: string): Promise<string[][]> {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.locator('input[role=combobox]').fill(query);
  await popup.locator('.results [data-term-id]').first().waitFor();
  const found = await popup.$$eval('.results [data-term-id]', (els) => els.map((e) => [e.getAttribute('data-term-id')!, e.querySelector('.term')!.textContent!]));
  await popup.close();
  return found;
}

/** Opens the form for a new term and fills its term and definition. */
async function newTerm(options: Page, term: string, definition: string) {
  await options.getByRole('button', { name: 'Add a term' }).click();
  await options.getByLabel('Term', { exact: true }).fill(term);
  await options.getByLabel('Definition').fill(definition);
}

test('related terms are chosen by name with the keyboard, shown as chips, stored as ids; the page passes axe with the list open', async () => {
  const options = await openOptions();
  await newTerm(options, 'gut notes', 'My notes about the gut lining and the cells that guard it.');
  const combo = options.getByRole('combobox', { name: 'Related terms (optional)' });
  await combo.focus();
  await options.keyboard.type('leaky');
  const listbox = options.getByRole('listbox', { name: 'Suggested terms' });
  await listbox.getByRole('option', { name: 'gut barrier' }).waitFor();
  expect(await combo.getAttribute('aria-expanded')).toBe('true');
  await options.keyboard.press('ArrowDown');
  expect(await combo.getAttribute('aria-activedescendant')).toBe(await listbox.getByRole('option').first().getAttribute('id'));
  expect(await axeViolations(options)).toEqual([]);
  await options.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(options)).toEqual([]);
  await options.emulateMedia({ colorScheme: 'light' });
  await options.keyboard.press('Enter');
  // An exact name, typed in another form of it, is taken on Enter; the reader's own terms are offered too.
  await options.keyboard.type('Tregs');
  await options.keyboard.press('Enter');
  await options.keyboard.type('kombuch');
  await listbox.getByRole('option', { name: 'kombuchology (yours)' }).click();
  const chips = options.getByRole('list', { name: 'Chosen related terms' });
  expect(await chips.locator('.chip > span:first-child').allTextContents()).toEqual(['gut barrier', 'regulatory T cells', 'kombuchology']);
  await options.getByRole('button', { name: 'Remove regulatory T cells' }).click();
  expect(await combo.evaluate((el) => el === document.activeElement)).toBe(true);

  // An unknown name is said plainly, and nothing is saved.
  await options.keyboard.type('kombucha mushrooms');
  await options.keyboard.press('Enter');
  await options.getByText('No term is called “kombucha mushrooms”.', { exact: false }).waitFor();
  await options.getByRole('button', { name: 'Save' }).click();
  expect(JSON.stringify(await storedEntries())).not.toContain('gut-notes');
  expect(await axeViolations(options)).toEqual([]);

  await combo.fill('');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.locator('.term-item[data-term-id="gut-notes"]').waitFor();
  const stored = (await storedEntries()) as { id: string; related: string[] }[];
  expect(stored.find((e) => e.id === 'gut-notes')!.related).toEqual(['gut-barrier', 'kombuchology']);
  expect(await options.locator('.term-item[data-term-id="gut-notes"]').textContent()).toContain('Related: gut barrier, kombuchology');
  await options.close();
});

test('a term named like a built-in one asks first: keep both leaves the built-in in search; replace takes its place', async () => {
  const options = await openOptions();
  await newTerm(options, 'Dysbiosis', 'My own reading of dysbiosis: a gut community out of balance.');
  await options.getByRole('button', { name: 'Save' }).click();
  const question = options.locator('.clash');
  await question.waitFor();
  expect(await question.locator('p').first().textContent()).toBe('“Dysbiosis” is already the name of a built-in term. What should happen to it?');
  // Nothing is saved while the question is open, and it has the focus: the keyboard answers it.
  expect(JSON.stringify(await storedEntries())).not.toMatch(/Dysbiosis/);
  expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Keep both');
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    expect(await axeViolations(options)).toEqual([]);
  }
  await options.keyboard.press('Enter');
  await options.locator('.term-item[data-term-id="dysbiosis-2"]').waitFor();
  expect(await options.locator('.term-item[data-term-id="dysbiosis-2"] .badge').textContent()).toBe('named like a built-in');
  // On pages the name is the reader's entry; the built-in one stays in the popup's search.
  await expect.poll(() => reader.locator('mark[data-term-id="dysbiosis"]').count()).toBe(0);
  expect(await ownMarks('dysbiosis')).toBe(1);
  expect((await popupSearch('dysbiosis')).map(([id]) => id).sort((a, b) => a!.localeCompare(b!))).toEqual(['dysbiosis', 'dysbiosis-2']);

  // A form of a built-in entry counts too; "Replace the built-in on my pages" gives the reader's entry its id.
  await newTerm(options, 'Akkermansia', 'A mucus-eating gut bacterium, in my own words here.');
  await options.getByRole('button', { name: 'Save' }).click();
  await question.waitFor();
  expect(await question.locator('p').first().textContent()).toBe('“Akkermansia” is already the name of a built-in term, “Akkermansia muciniphila”. What should happen to it?');
  await options.getByRole('button', { name: 'Replace the built-in on my pages' }).click();
  await options.locator('.term-item[data-term-id="akkermansia"]').waitFor();
  expect(await popupSearch('akkermansia')).toEqual([['akkermansia', 'Akkermansia']]);
  await options.close();
});

test('a broken import lists every problem in one pass; a file that is no glossary says so and offers the example', async () => {
  const options = await openOptions();
  const file = options.locator('input[type=file]');
  const before = await storedEntries();
  const entries = Array.from({ length: 45 }, (_, i) => ({ id: `Bad ${i}`, term: `term ${i}`, definition: 'short' }));
  await file.setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'gut-glossary', version: 2 - 1, entries, extra: 1 })) });
  await options.getByRole('button', { name: /^import$/i }).click();
  const errors = options.locator('.errors');
  await errors.waitFor();
  // 1 unknown top-level field + 45 × (id, definition) = 91, the first 50 listed.
  expect(await errors.locator('p').first().textContent()).toBe('Nothing was imported. The file has 91 problems:');
  expect(await errors.locator('li').count()).toBe(50);
  expect(await errors.locator('.more').textContent()).toBe('…and 41 more problems.');
  expect(await axeViolations(options)).toEqual([]);

  for (const [name, buffer, why] of [
    ['terms.csv', Buffer.from('term,definition\nzonulin,a protein\n'), /spreadsheet \(CSV/],
    ['notes.txt', Buffer.from('My gut notes'), /plain text, not JSON/],
    ['picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    ['paper.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), /PDF document/],
    ['empty.json', Buffer.alloc(0), /the file is empty/],
  ] as const) {
    await file.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await options.getByRole('button', { name: /^import$/i }).click();
    await expect.poll(() => errors.locator('li').first().textContent()).toMatch(/^This is not a glossary file: /);
    expect(await errors.locator('li').first().textContent(), name).toMatch(why);
    expect(await errors.textContent()).not.toMatch(/JSON\.parse|Unexpected token|line \d+, column/);
  }
  const [download] = await Promise.all([options.waitForEvent('download'), errors.getByRole('button', { name: 'Download an example glossary file' }).click()]);
  expect(download.suggestedFilename()).toBe('gut-glossary-example.json');
  const example = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(example).toMatchObject({ format: 'gut-glossary', version: 1 });
  expect(await storedEntries()).toEqual(before);

  // The summary of an import says which of its entries take a built-in name.
  const ibs = { id: 'my-ibs', term: 'irritable bowel syndrome', definition: 'What I have learned about living with irritable bowel syndrome.' };
  await file.setInputFiles({ name: 'ibs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'gut-glossary', version: 1, entries: [ibs] })) });
  await options.getByRole('button', { name: /^import$/i }).click();
  const success = options.locator('.panel .success');
  await success.waitFor();
  expect(await success.textContent()).toContain(
    'Named like built-in terms (1): “irritable bowel syndrome” is shown instead of the built-in “irritable bowel syndrome”, which stays in search.',
  );
  await options.close();
});
