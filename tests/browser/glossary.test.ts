/**
 * Every glossary entry is found on a page written for it: each page uses every entry's
 * primary term and at least one other form, and lists what must be highlighted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PAGES_DIR } from '../support/browser';
import { readThrough } from '../support/read-through';
import { useSession } from '../support/session';
import { builtInEntries } from '../../glossary/builtin';

const s = useSession();

const pages = ['glossary-immunity', 'glossary-microbes'];

test.each(pages)('%s: every expected snippet is highlighted with its entry id', async (name) => {
  const expected: Record<string, string[]> = JSON.parse(readFileSync(join(PAGES_DIR, `${name}.expected.json`), 'utf8'));
  const page = await s.context.newPage();
  await page.goto(s.server.url(`${name}.html`));
  await page.locator('mark[data-term-id]').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('mark[data-term-id]').length > 20);
  await readThrough(page); // text is wrapped as the reader comes near it
  // Whole matches: a match split across inline elements is joined back from its fragments.
  const found: { id: string; text: string }[] = await page.$$eval('mark[data-term-id]', (marks) => {
    const out: { id: string; text: string }[] = [];
    for (const m of marks) {
      const id = m.getAttribute('data-term-id')!;
      if (m.hasAttribute('data-gg-continued')) out[out.length - 1]!.text += m.textContent;
      else out.push({ id, text: m.textContent ?? '' });
    }
    return out;
  });
  const missing: string[] = [];
  for (const [id, snippets] of Object.entries(expected))
    for (const snippet of snippets)
      if (!found.some((f) => f.id === id && f.text.replace(/\s+/g, ' ') === snippet.replace(/\s+/g, ' ')))
        missing.push(`${id}: "${snippet}"`);
  expect(missing).toEqual([]);
  expect(s.pageErrors).toEqual([]);
  await page.close();
});

test('the pages together cover every built-in entry', () => {
  const covered = new Set(
    pages.flatMap((name) => Object.keys(JSON.parse(readFileSync(join(PAGES_DIR, `${name}.expected.json`), 'utf8')))),
  );
  expect(builtInEntries.map((e) => e.id).filter((id) => !covered.has(id))).toEqual([]);
});
