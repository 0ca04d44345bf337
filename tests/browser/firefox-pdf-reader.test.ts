/**
 * The PDF reader in Firefox ESR (the MV2 build): a two-column paper opened from a file is
 * highlighted on its text layer (terms hyphenated across lines, a ligature), the card
 * opens on hover, find counts every occurrence, and no page shows an error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { twoColumnPaper } from '../support/pdfs';
import { useFirefoxSession } from '../support/session';

const s = useFirefoxSession();
const dir = mkdtempSync(join(tmpdir(), 'gut-glossary-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a two-column paper reads with highlights, the card and find in Firefox', async () => {
  const file = join(dir, 'paper.pdf');
  writeFileSync(file, await twoColumnPaper());
  const page = await s.openExtensionPage('reader.html');
  const input = await page.waitForSelector('input[type=file]');
  await input!.uploadFile(file);
  await page.waitForSelector('.textLayer mark[data-term-id="dysbiosis"]');
  const matches = () =>
    page.$$eval('.textLayer mark[data-term-id]:not([data-gg-continued])', (marks) =>
      marks.map((m) => {
        let text = m.textContent ?? '';
        const all = [...document.querySelectorAll('.textLayer mark[data-term-id]')];
        for (let i = all.indexOf(m) + 1; i < all.length && all[i]!.hasAttribute('data-gg-continued'); i++) text += all[i]!.textContent;
        return `${m.getAttribute('data-term-id')}: ${text}`;
      }),
    );
  await page.waitForFunction(() => document.querySelectorAll('.textLayer mark[data-term-id="fmt"]').length > 0);
  const found = await matches();
  for (const m of ['gut-microbiome: gut micro-\nbiome', 'dietary-fibre: dietary\nfibre', 'dysbiosis: dys-\nbiosis', 'fmt: Faecal microbiota transplanta-\ntion'])
    expect(found).toContain(m);

  const mark = await page.$('.textLayer mark[data-term-id="dysbiosis"]');
  const box = (await mark!.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('gut-glossary-card >>> .card[data-term-id="dysbiosis"]');

  await page.type('input.find', 'fibre');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.find-count')?.textContent === '1 of 3');
  expect(await s.errors()).toEqual([]);
  await page.close();
});
