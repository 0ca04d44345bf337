/**
 * Pages read the way an expert reads them: abbreviations the page defines mean what the
 * page says, on that page only.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { collectErrors, firstPassDone, launchWithExtension, type Session } from '../support/browser';

let s: Session;
beforeAll(async () => {
  s = await launchWithExtension();
});
afterAll(async () => {
  await s?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await s.context.newPage();
  const errors = collectErrors(page);
  await page.goto(s.server.url(path));
  await firstPassDone(page);
  return { page, errors };
}

/** [text, term id] of every highlight inside `selector`, in order (a highlight split across elements as one). */
const marksIn = (page: Page, selector: string) =>
  page.$$eval(`${selector} mark[data-term-id]`, (ms) => {
    const out: [string, string][] = [];
    for (const m of ms as HTMLElement[]) {
      if (m.dataset.ggContinued !== undefined && out.length) out[out.length - 1]![0] += m.textContent ?? '';
      else out.push([m.textContent ?? '', m.dataset.termId!]);
    }
    return out;
  });

test('a short form the page defines as a glossary term is highlighted as it, and the card says so', async () => {
  const { page, errors } = await open('expert/defined-abbreviations.html');
  expect(await marksIn(page, '#cd-use')).toContainEqual(['CD', 'crohns-disease']);
  expect(await marksIn(page, '#ra')).toEqual([
    ['rheumatoid arthritis', 'rheumatoid-arthritis'],
    ['RA', 'rheumatoid-arthritis'],
    ['RA', 'rheumatoid-arthritis'],
  ]);
  expect(await marksIn(page, '#gf')).toContainEqual(['GF animals', 'germ-free-animals']);
  expect(await marksIn(page, '#dc')).toContainEqual(['DC', 'dendritic-cells']);
  await page.locator('#cd-use mark[data-term-id="crohns-disease"]').hover();
  const card = page.locator('gut-glossary-card .card[data-term-id="crohns-disease"]');
  await card.waitFor();
  expect(await card.locator('.defined-here').textContent()).toBe('Defined on this page as “Crohn\'s disease”.');
  // The long form itself is the entry's own name: its card needs no such line.
  await page.mouse.move(5, 5);
  await page.locator('#cd-def mark').first().hover();
  await page.locator('gut-glossary-card .card').waitFor();
  await expect.poll(() => page.locator('gut-glossary-card .defined-here').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test("a page's own meaning of an abbreviation beats the glossary's", async () => {
  const { page, errors } = await open('expert/finance-ibd.html');
  expect(await marksIn(page, 'article')).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('look-alikes on a page about something else stay unmarked', async () => {
  const { page, errors } = await open('expert/look-alikes.html');
  expect(await marksIn(page, 'article')).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('a paper: citation markers end a term, bracketed abbreviations sit inside it, other microbiomes stay unmarked', async () => {
  const { page, errors } = await open('expert/paper.html');
  expect(await marksIn(page, '#cites')).toEqual([
    ['Butyrate', 'butyrate'],
    ['Tregs', 'tregs'],
    ['neutrophils', 'neutrophils'],
    ['fibre', 'dietary-fibre'],
    ['butyrate', 'butyrate'],
    ['Th17 cells', 'th17-cells'],
    ['IL-10', 'il-10'],
    ['macrophages', 'macrophages'],
    ['Tregs', 'tregs'],
  ]);
  expect(await marksIn(page, '#names')).toEqual([
    ['CX3CR1', 'cx3cr1'],
    ['macrophages', 'macrophages'],
    ['TH17', 'th17-cells'],
  ]);
  expect(await marksIn(page, '#inside')).toEqual([
    ['Natural killer (NK) cells', 'nk-cells'],
    ['interleukin (IL)-10', 'il-10'],
    ['NK', 'nk-cells'],
  ]);
  expect(await marksIn(page, '#other')).toEqual([['gut microbiome', 'gut-microbiome']]);
  // The page reads the same with its highlights.
  expect(await page.locator('#cites').textContent()).toContain('Tregs12 and');
  expect(errors).toEqual([]);
  await page.close();
});

test('a definition in text the page brings in later (a feed item) holds for what follows it', async () => {
  const { page, errors } = await open('dynamic.html');
  await page.evaluate(() => {
    const add = (id: string, text: string) => document.body.append(Object.assign(document.createElement('p'), { id, textContent: text }));
    add('late-def', "A new item: Crohn's disease (CD) and the gut microbiome.");
  });
  await expect.poll(() => marksIn(page, '#late-def')).toContainEqual(['CD', 'crohns-disease']);
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { id: 'late-use', textContent: 'Most CD patients improved.' })));
  await expect.poll(() => marksIn(page, '#late-use')).toEqual([['CD', 'crohns-disease']]);
  expect(errors).toEqual([]);
  await page.close();
});
