/** The card follows its term when the page or a box scrolls, and closes once the term is out of sight. */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useSession } from '../support/session';

const s = useSession();
const layer = (page: Page) => page.locator('gut-glossary-card .layer');

async function openCardByKeyboard(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1200, height: 600 });
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  // Room to scroll both ways.
  await page.evaluate(() => {
    document.body.prepend(Object.assign(document.createElement('div'), { id: 'above' }));
    document.body.append(Object.assign(document.createElement('div'), { id: 'below' }));
    document.getElementById('above')!.style.height = '400px';
    document.getElementById('below')!.style.height = '2000px';
  });
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+KeyJ');
  await layer(page).waitFor();
}

const gap = (page: Page) =>
  page.evaluate(() => {
    const mark = document.activeElement as HTMLElement;
    const card = document.querySelector('gut-glossary-card')!.shadowRoot!.querySelector('.layer')!;
    const m = mark.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    return { dy: Math.round(c.top - m.bottom), dx: Math.round(c.left - m.left), markTop: m.top };
  });

test('after a 200 px scroll the card is still beside its term', async () => {
  const page = await s.context.newPage();
  await openCardByKeyboard(page);
  const before = await gap(page);
  await page.mouse.move(1190, 590);
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => (await gap(page)).markTop).toBeLessThan(before.markTop - 150);
  await expect.poll(() => gap(page).then((g) => g.dy)).toBe(before.dy);
  expect((await gap(page)).dx).toBe(before.dx);
  await page.close();
});

test('a card whose term scrolls out of view closes', async () => {
  const page = await s.context.newPage();
  await openCardByKeyboard(page);
  await page.evaluate(() => window.scrollBy(0, 1500));
  await expect.poll(() => layer(page).count()).toBe(0);
  await page.close();
});

test('a card in a scrolling box follows its term as the box scrolls', async () => {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1200, height: 600 });
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'box';
    box.style.cssText = 'height: 200px; margin-top: 300px; overflow: auto; border: 1px solid';
    const p = document.createElement('p');
    p.style.marginTop = '150px';
    p.append('A paragraph about dysbiosis in a box.');
    box.append(p, Object.assign(document.createElement('div'), { style: 'height: 800px' }));
    document.body.prepend(box);
  });
  const mark = page.locator('#box mark[data-term-id="dysbiosis"]');
  await mark.waitFor();
  await mark.hover();
  await layer(page).waitFor();
  // Beside its term: just below it or just above it.
  const beside = () =>
    page.evaluate(() => {
      const m = document.querySelector('#box mark')!.getBoundingClientRect();
      const c = document.querySelector('gut-glossary-card')!.shadowRoot!.querySelector('.layer')!.getBoundingClientRect();
      return { markTop: Math.round(m.top), beside: Math.abs(c.top - m.bottom - 6) < 1.5 || Math.abs(m.top - c.bottom - 6) < 1.5 };
    });
  const before = await beside();
  expect(before.beside).toBe(true);
  await page.evaluate(() => document.getElementById('box')!.scrollBy(0, 100));
  await expect.poll(async () => (await beside()).markTop).toBe(before.markTop - 100);
  expect((await beside()).beside).toBe(true);
  // Scrolled out of its box (still inside the viewport): nothing left to point at, so the card goes.
  await page.evaluate(() => document.getElementById('box')!.scrollBy(0, 200));
  await expect.poll(() => layer(page).count()).toBe(0);
  await page.close();
});
