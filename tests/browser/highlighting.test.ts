/**
 * Highlighting on pages that fight back: frameworks rewriting their text, editable
 * regions, infinite scroll, frames and shadow roots, and switching highlighting off.
 */
import type { Frame, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { changesHandled, collectErrors, updateSettings } from '../support/browser';
import { readThrough } from '../support/read-through';
import { useSession } from '../support/session';

const s = useSession();

/**
 * Hovers the first `selector` and returns how long after the pointer came over it the card
 * opened, both times taken in the page (a timer never fires early, so this is at least the
 * card delay the page has).
 */
async function hoverDelay(page: Page, selector: string): Promise<number> {
  await page.mouse.move(0, 0);
  await page.locator('gut-glossary-card .card').waitFor({ state: 'detached' });
  const opened = page.evaluate(
    (sel) =>
      new Promise<number>((resolve) => {
        let over = NaN;
        document.querySelector(sel)!.addEventListener('pointerover', (e) => (over = e.timeStamp), { once: true });
        const root = document.querySelector('gut-glossary-card')!.shadowRoot!;
        const seen = new MutationObserver(() => {
          if (root.querySelector('.card')) {
            seen.disconnect();
            resolve(performance.now() - over);
          }
        });
        seen.observe(root, { childList: true, subtree: true });
      }),
    selector,
  );
  await page.locator(selector).first().hover();
  return opened;
}

const ids = (where: Page | Frame, selector = 'mark[data-term-id]') =>
  where.$$eval(selector, (ms) => ms.map((m) => m.getAttribute('data-term-id')));

test('a framework page that rewrites its text shows exactly the text it wrote, then is highlighted again', async () => {
  const page = await s.context.newPage();
  const errors = collectErrors(page);
  await page.goto(s.server.url('framework.html'));
  await page.locator('#msg mark[data-term-id="dysbiosis"]').waitFor();
  expect(await ids(page, '#msg mark')).toEqual(['dysbiosis', 'tregs']);

  await page.evaluate(() => (window as any).update({ text: 'Butyrate feeds the colon.', count: 7 }));
  expect(await page.locator('#msg').textContent()).toBe('Butyrate feeds the colon. (7 replies)');
  await expect.poll(() => ids(page, '#msg mark')).toEqual(['butyrate']);
  expect(await page.locator('#msg').textContent()).toBe('Butyrate feeds the colon. (7 replies)');

  // Keyed items re-ordered, one edited, one removed.
  await page.evaluate(() =>
    (window as any).update({
      posts: [
        { id: 'c', author: 'Ana', body: 'Butyrate supplements did nothing for me.' },
        { id: 'a', author: 'Mina', body: 'Update: my IBD is calmer.' },
      ],
    }),
  );
  await expect
    .poll(() => page.$$eval('.post', (ps) => ps.map((p) => p.textContent)))
    .toEqual(['Ana: Butyrate supplements did nothing for me.', 'Mina: Update: my IBD is calmer.']);
  await expect.poll(() => ids(page, '[data-post="a"] mark')).toEqual(['ibd']);
  expect(errors).toEqual([]);
  await page.close();
});

test('typing in a textarea or a contenteditable region is never highlighted', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('dynamic.html'));
  await page.locator('mark[data-term-id="butyrate"]').waitFor();
  await page.locator('#note').click();
  await page.keyboard.type('Ask about dysbiosis and Tregs');
  await page.locator('#editor p').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' dysbiosis and butyrate');
  await changesHandled(page);
  expect(await page.locator('#note').inputValue()).toBe('Ask about dysbiosis and Tregs');
  expect(await page.locator('#editor').textContent()).toBe('Draft: dysbiosis and butyrate');
  expect(await page.locator('#editor mark').count()).toBe(0);
  await page.close();
});

test('infinite scroll: new stories are highlighted as they arrive', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('dynamic.html'));
  await page.locator('mark[data-term-id="butyrate"]').waitFor();
  await page.evaluate(() => (window as any).appendStories(40));
  // New stories are wrapped as the reader scrolls down to them.
  await expect.poll(() => page.locator('[data-story="39"]').count()).toBe(1);
  await readThrough(page);
  await expect.poll(() => ids(page, '[data-story="39"] mark')).toEqual(['vagus-nerve', 'gut-brain-axis']);
  expect(await ids(page, '[data-story="0"] mark')).toEqual(['dysbiosis', 'multiple-sclerosis']);
  expect(await page.locator('article mark').count()).toBeGreaterThanOrEqual(80);
  await page.close();
});

test('same-origin, srcdoc and about:blank frames and open shadow roots are highlighted', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('frames.html'));
  await page.locator('p mark[data-term-id="dysbiosis"]').waitFor();
  const frame = (sel: string) => page.frameLocator(sel).locator('mark[data-term-id]').first();
  await expect.poll(() => frame('#same').getAttribute('data-term-id')).toBe('gut-microbiome');
  await expect.poll(() => frame('#srcdoc').getAttribute('data-term-id')).toBe('tregs');
  // Playwright's CSS engine pierces open shadow roots, nested ones too.
  await expect.poll(() => ids(page, 'health-card mark')).toEqual(['butyrate', 'probiotics']);
  await page.close();
});

test('switching highlighting off for the site restores the page text and leaves its own marks', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  await page.evaluate(() => {
    const own = document.createElement('mark');
    own.id = 'own';
    own.textContent = 'the page’s own highlight';
    document.querySelector('article p')!.append(own);
  });
  const textBefore = await page.evaluate(() => document.body.textContent);
  await updateSettings(s, { disabledSites: ['127.0.0.1'] });
  await expect.poll(() => page.locator('mark[data-term-id]').count()).toBe(0);
  expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);
  expect(await page.locator('#own').textContent()).toBe('the page’s own highlight');
  await updateSettings(s, { disabledSites: [] });
  await expect.poll(() => page.locator('mark[data-term-id="dysbiosis"]').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);
  await page.close();
});

test('a settings change that does not concern this page leaves its highlights in place', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  await page.evaluate(() => ((window as any).firstMark = document.querySelector('mark[data-term-id]')));
  await updateSettings(s, { disabledSites: ['elsewhere.example'], cardDelayMs: 1000 });
  // The new card delay reaches the open page: hovered again until the card waits for it.
  await expect.poll(() => hoverDelay(page, 'mark[data-term-id="dysbiosis"]'), { timeout: 20_000 }).toBeGreaterThanOrEqual(1000);
  // The same element: the page was not taken down and highlighted again.
  expect(await page.evaluate(() => (window as any).firstMark.isConnected)).toBe(true);
  await updateSettings(s, { disabledSites: [], cardDelayMs: 300 });
  await page.close();
});
