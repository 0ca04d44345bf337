/**
 * Pages written to look like real sites (encyclopedia, journal abstract, news story, forum
 * thread) and a page rendered by a real framework (Preact; highlighting.test.ts checks it as
 * it re-renders), each with its highlights per entry counted by hand in a file next to it.
 * The highlights must match exactly; precision and recall are reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { firstPassDone, PAGES_DIR } from '../support/browser';
import { readThrough } from '../support/read-through';
import { useSession } from '../support/session';

const pages = [
  ...readdirSync(join(PAGES_DIR, 'real'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `real/${f}`),
  'framework.html',
];

const s = useSession();
const totals = { tp: 0, fp: 0, fn: 0 };
afterAll(() => {
  const precision = totals.tp / (totals.tp + totals.fp);
  const recall = totals.tp / (totals.tp + totals.fn);
  console.log(`real pages: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${totals.tp} right, ${totals.fp} extra, ${totals.fn} missed)`);
});

test('there are fixture pages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(5);
});

test.each(pages)('%s: every highlight counted by hand, and nothing else', async (name) => {
  const expected: Record<string, number> = JSON.parse(readFileSync(join(PAGES_DIR, name.replace(/\.html$/, '.expected.json')), 'utf8'));
  const page = await s.context.newPage();
  await page.goto(s.server.url(name));
  await firstPassDone(page);
  await readThrough(page); // text is wrapped as the reader comes near it
  const found: Record<string, number> = await page.$$eval('mark[data-term-id]:not([data-gg-continued])', (ms) => {
    const c: Record<string, number> = {};
    for (const m of ms) c[m.getAttribute('data-term-id')!] = (c[m.getAttribute('data-term-id')!] ?? 0) + 1;
    return c;
  });
  for (const id of new Set([...Object.keys(expected), ...Object.keys(found)])) {
    const e = expected[id] ?? 0;
    const f = found[id] ?? 0;
    totals.tp += Math.min(e, f);
    totals.fp += Math.max(0, f - e);
    totals.fn += Math.max(0, e - f);
  }
  expect(found).toEqual(expected);
  expect(s.pageErrors).toEqual([]);
  await page.close();
});

test('precision and recall over the whole set stay at 0.99 and 0.98 or above', () => {
  expect(totals.tp).toBeGreaterThan(0);
  expect(totals.tp / (totals.tp + totals.fp)).toBeGreaterThanOrEqual(0.99);
  expect(totals.tp / (totals.tp + totals.fn)).toBeGreaterThanOrEqual(0.98);
});
