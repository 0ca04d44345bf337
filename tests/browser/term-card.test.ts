/**
 * The term card the way readers use it: hover, keyboard only, touch, the FAQ link, and
 * a page whose CSS tries to restyle everything.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { cardTimersFired } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();

const card = (page: Page) => page.locator('gut-glossary-card .card');

async function openDemo(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  return page;
}

test('hover opens the card, moving into it keeps it, leaving closes it', async () => {
  const page = await openDemo();
  const mark = page.locator('article p mark[data-term-id="tregs"]').first();
  await mark.hover();
  await card(page).waitFor();
  expect(await card(page).getAttribute('data-term-id')).toBe('tregs');
  expect(await card(page).locator('.term').textContent()).toBe('regulatory T cells');
  // Into the card (through the gap): it stays, and its text can be selected.
  const box = (await card(page).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
  await cardTimersFired(page);
  expect(await card(page).count()).toBe(1);
  // Away from both: it closes.
  await page.mouse.move(5, 5, { steps: 2 });
  await expect.poll(() => card(page).count()).toBe(0);
  await page.close();
});

test('keyboard only: next term, its card, Tab to a link, Escape back to the term', async () => {
  const page = await openDemo();
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+KeyJ');
  await card(page).waitFor();
  const firstId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.termId);
  expect(await card(page).getAttribute('data-term-id')).toBe(firstId);
  await page.keyboard.press('Alt+Shift+KeyJ');
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.termId)).not.toBe(undefined);
  const secondId = await card(page).getAttribute('data-term-id');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.termId)).toBe(secondId);
  // Tab reaches the card's controls.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('gut-glossary-card');
  await page.keyboard.press('Escape');
  await expect.poll(() => card(page).count()).toBe(0);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.termId)).toBe(secondId);
  await page.close();
});

test('"Read the full answer" opens the FAQ page at the right question', async () => {
  const page = await openDemo();
  await page.locator('article p mark[data-term-id="butyrate"]').first().hover();
  await card(page).waitFor();
  await card(page).locator('.toggle-more').click();
  const [faq] = await Promise.all([s.context.waitForEvent('page'), card(page).locator('.read-more').click()]);
  await faq.waitForURL(/faq\.html#diet-and-probiotics$/);
  await faq.locator('#diet-and-probiotics h2').waitFor();
  expect(await faq.locator('#diet-and-probiotics h2').textContent()).toMatch(/diet/i);
  // The FAQ's own terms are highlighted and explained the same way.
  const term = faq.locator('#diet-and-probiotics p mark[data-term-id="butyrate"]').first();
  await term.waitFor();
  await term.hover();
  await faq.locator('gut-glossary-card .card[data-term-id="butyrate"]').waitFor();
  expect(await faq.locator('#diet-and-probiotics .entries li').count()).toBeGreaterThan(3);
  await faq.close();
  await page.close();
});

test('page CSS does not change the card, and cannot hide the highlights', async () => {
  const normal = await openDemo();
  await normal.locator('article p mark[data-term-id="dysbiosis"]').first().hover();
  await card(normal).waitFor();
  const expected = await card(normal).evaluate((el) => {
    const cs = getComputedStyle(el.querySelector('.definition')!);
    return { font: cs.fontSize, width: el.getBoundingClientRect().width };
  });
  await normal.close();

  const page = await s.context.newPage();
  await page.goto(s.server.url('hostile-css.html'));
  const mark = page.locator('mark[data-term-id="dysbiosis"]');
  await mark.waitFor();
  expect(await mark.evaluate((m) => getComputedStyle(m).display)).toBe('inline');
  await mark.hover();
  await card(page).waitFor({ state: 'visible' });
  const got = await card(page).evaluate((el) => {
    const cs = getComputedStyle(el.querySelector('.definition')!);
    return { font: cs.fontSize, width: el.getBoundingClientRect().width };
  });
  expect(got).toEqual(expected);
  await page.close();
});

test('the card is compact: "More" unfolds why it matters with how sure science is, the precise version and the FAQ', async () => {
  const page = await openDemo();
  await page.locator('article p mark[data-term-id="tregs"]').first().hover();
  await card(page).waitFor();
  const badge = card(page).locator('.why .evidence');
  const detail = card(page).locator('.detail');
  expect(await card(page).locator('.definition').isVisible()).toBe(true);
  expect(await detail.isVisible()).toBe(false);
  expect(await card(page).locator('.question').isVisible()).toBe(false);
  await card(page).locator('.toggle-more').click();
  expect(await badge.textContent()).toBe('Animals or lab');
  expect(await badge.getAttribute('title')).toMatch(/mostly mice/);
  expect(await detail.isVisible()).toBe(true);
  expect(await detail.textContent()).toMatch(/thymus/);
  expect(await card(page).locator('.toggle-more').getAttribute('aria-expanded')).toBe('true');
  await page.screenshot({ path: 'tmp/card.png' });
  await page.close();
});

test('a term the page wrote another way shows those words first, and the entry\'s name as "also called"', async () => {
  const page = await openDemo();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'written';
    p.append('Doctors now offer stool transplants for recurring gut infections.');
    document.querySelector('article')!.append(p);
  });
  const mark = page.locator('#written mark');
  await mark.hover();
  await card(page).waitFor();
  expect(await card(page).locator('.term').textContent()).toBe('stool transplants');
  expect(await card(page).locator('.also').textContent()).toMatch(/^also called fa?ecal microbiota transplant/);
  // Its FAQ part is what the answer says about the transplants, from the question it answers.
  await card(page).locator('.toggle-more').click();
  expect(await card(page).locator('.faq .from').textContent()).toMatch(/^From the FAQ: .*\?$/);
  expect(await card(page).locator('.faq .answer').textContent()).toMatch(/microbiota transplantation/i);
  expect(await card(page).locator('.faq .answer').textContent()).not.toMatch(/most promising therapies/i);
  await page.close();
});

// Last in this file: it switches the demo's site off.
test('"Not on this site" on the card switches highlighting off for the site, as the popup\'s switch does', async () => {
  const page = await openDemo();
  await page.locator('article p mark[data-term-id="tregs"]').first().hover();
  await card(page).waitFor();
  await card(page).locator('.not-here').click();
  await expect.poll(() => page.locator('mark[data-term-id]').count()).toBe(0);
  expect(await card(page).count()).toBe(0);
  // The options page lists the site among those switched off, where the reader can turn it back on.
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await expect.poll(() => options.locator('.sites').textContent()).toMatch(/127\.0\.0\.1/);
  await options.close();
  await page.close();
});
