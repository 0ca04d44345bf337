/**
 * The card stays compact: for every required term, hovered on a page that uses it, the
 * card and all it shows before "More" fit in 40% of the viewport's height, at 1200×900 and at
 * 200% zoom (the same window shows 600×450 CSS pixels); what "More" unfolds scrolls inside it.
 * The heights are printed, so a change that makes cards taller shows in the test log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { builtInEntries } from '../../glossary/builtin';
import { CARD_DELAY } from '../../settings/defaults';
import { updateSettings } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();
/** The shortest card delay the settings allow: 62 hovers per viewport, and the delay is not what is measured here. */
beforeAll(() => updateSettings(s, { cardDelayMs: CARD_DELAY.min }));

const spec = readFileSync(join(import.meta.dirname, '../fixtures/required-entries.md'), 'utf8');
const requiredIds = [...spec.matchAll(/^\| ([a-z0-9-]+) \| .+ \| ([a-z-]+) \|$/gm)].map((m) => m[1]!);

/** One paragraph per required term, in a page about the gut microbiome and immunity. */
async function pageOfTerms(page: Page): Promise<void> {
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id]').first().waitFor();
  const terms = requiredIds.map((id) => ({ id, term: builtInEntries.find((e) => e.id === id)!.term }));
  await page.evaluate((list) => {
    const article = document.querySelector('article')!;
    article.replaceChildren();
    for (const { id, term } of list) {
      const p = document.createElement('p');
      p.dataset.for = id;
      p.append(`In studies of the gut microbiome and the immune system, ${term} comes up often.`);
      article.append(p);
    }
  }, terms);
}

async function cardHeights(page: Page): Promise<{ id: string; shown: number; natural: number }[]> {
  const heights: { id: string; shown: number; natural: number }[] = [];
  for (const id of requiredIds) {
    // Text is wrapped as the reader comes near it.
    await page.locator(`p[data-for="${id}"]`).scrollIntoViewIfNeeded();
    const mark = page.locator(`p[data-for="${id}"] mark[data-term-id="${id}"]`).first();
    await mark.waitFor({ timeout: 5_000 });
    await mark.hover();
    const layer = page.locator(`gut-glossary-card .layer:has(.card[data-term-id="${id}"])`);
    await layer.waitFor();
    await expect.poll(() => layer.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    const [shown, natural] = await layer.evaluate((el) => [el.getBoundingClientRect().height, el.scrollHeight]);
    heights.push({ id, shown: shown!, natural: natural! });
    await page.mouse.move(1, 1);
    await expect.poll(() => page.locator('gut-glossary-card .card').count()).toBe(0);
  }
  return heights;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const [label, metrics] of [
  ['1200×900', { width: 1200, height: 900, deviceScaleFactor: 1 }],
  ['200% zoom', { width: 600, height: 450, deviceScaleFactor: 2 }],
] as const) {
  test(`every required term's card is at most 40% of the viewport high at ${label}`, { timeout: 240_000 }, async () => {
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...metrics, mobile: false });
    await pageOfTerms(page);
    const heights = await cardHeights(page);
    const shown = heights.map((h) => h.shown);
    const natural = heights.map((h) => h.natural);
    console.log(
      `card heights at ${label} over ${heights.length} terms: shown median ${median(shown)} max ${Math.max(...shown)}; ` +
        `natural median ${median(natural)} max ${Math.max(...natural)} (viewport ${metrics.height})`,
    );
    expect(requiredIds).toHaveLength(62);
    expect(heights.length).toBe(requiredIds.length);
    // The compact card fits: its content, not only the box that would scroll it (one pixel for rounding).
    for (const h of heights) expect.soft(Math.max(h.shown, h.natural), h.id).toBeLessThanOrEqual(metrics.height * 0.4 + 1);
    await page.close();
  });
}

test('unfolded at 200% zoom, the card keeps its height, scrolls inside, and "Less" stays in view', async () => {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 600, height: 450, deviceScaleFactor: 2, mobile: false });
  await pageOfTerms(page);
  await page.locator('p[data-for="gut-microbiome"] mark[data-term-id="gut-microbiome"]').first().hover();
  const layer = page.locator('gut-glossary-card .layer');
  await layer.waitFor();
  await page.locator('gut-glossary-card .toggle-more').click();
  const got = await layer.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
    const toggle = el.querySelector('.toggle-more')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return { height: box.height, scrolls: el.scrollHeight > el.clientHeight, toggleInside: toggle.top >= box.top && toggle.bottom <= box.bottom + 1 };
  });
  expect(got.height).toBeLessThanOrEqual(450 * 0.4);
  expect(got.scrolls).toBe(true);
  expect(got.toggleInside).toBe(true);
  await page.close();
});
