/**
 * The reader's own glossary in the real browser: a term added in the options page is
 * highlighted on an open page; an import adds its terms; a broken import changes nothing.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { ROOT } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();
let reader: Page;
beforeAll(async () => {
  s.server.route('/mine.html', '<!doctype html><p>Zonulin and FODMAPs come up in gut forums, next to dysbiosis and kombuchology.</p>');
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
