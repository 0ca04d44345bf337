/**
 * Privacy and trust: the extension makes no network request of its own, web pages cannot
 * message it, synthetic events from a page cannot drive its card, and what it writes into
 * a page says nothing about the reader.
 */
import type { Request } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { cardTimersFired, updateSettings } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();
const requests: Request[] = [];
beforeAll(async () => {
  s.context.on('request', (r) => requests.push(r));
});

test('a browsing session: every request goes to the pages themselves, none from the extension', async () => {
  const page = await s.context.newPage();
  for (const name of ['demo.html', 'glossary-immunity.html', 'glossary-microbes.html', 'framework.html']) {
    await page.goto(s.server.url(name));
    await page.locator('mark[data-term-id]').first().waitFor();
    await page.locator('mark[data-term-id]').first().hover();
    await page.locator('gut-glossary-card .card').waitFor();
  }
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.locator('input[type=search]').fill('dysbiosis');
  await popup.locator('.results [data-term-id]').first().click();
  await popup.goto(`chrome-extension://${s.extensionId}/faq.html`);
  await popup.goto(`chrome-extension://${s.extensionId}/options.html`);
  await popup.getByRole('button', { name: 'Add a term' }).waitFor();
  const network = requests.map((r) => r.url()).filter((u) => /^(https?|wss?):/.test(u));
  const foreign = network.filter((u) => !u.startsWith(s.server.origin));
  expect(foreign).toEqual([]);
  // What the test pages loaded themselves, nothing more: every request came from a page of the test server.
  const fromExtension = requests.filter((r) => /^https?:/.test(r.url()) && (r.frame()?.url() ?? '').startsWith('chrome-extension://'));
  expect(fromExtension.map((r) => r.url())).toEqual([]);
  await popup.close();
  await page.close();
});

test('a web page cannot message the extension', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  const reachable = await page.evaluate(() => typeof (globalThis as any).chrome?.runtime?.sendMessage === 'function');
  if (reachable) {
    const reply = await page.evaluate(
      (id) =>
        new Promise((resolve) => {
          try {
            (globalThis as any).chrome.runtime.sendMessage(id, { type: 'getEntry', params: { id: 'tregs' } }, (r: unknown) => resolve(r ?? 'no reply'));
          } catch (e) {
            resolve(`refused: ${String(e)}`);
          }
        }),
      s.extensionId,
    );
    expect(String(reply)).toMatch(/no reply|refused/);
  }
  await page.close();
});

test('synthetic events from the page cannot open or steer the card', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  const mark = page.locator('mark[data-term-id="dysbiosis"]').first();
  await mark.waitFor();
  await page.evaluate(() => {
    const m = document.querySelector('mark[data-term-id="dysbiosis"]')!;
    for (const type of ['pointerover', 'mouseover', 'focusin', 'click'])
      m.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'touch' }));
  });
  await cardTimersFired(page);
  expect(await page.locator('gut-glossary-card .card').count()).toBe(0);
  // A real hover still works.
  await mark.hover();
  await page.locator('gut-glossary-card .card').waitFor();
  // Escape closes the card at once when it counts: by the next frame it would be gone.
  await page.evaluate(() => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return new Promise(requestAnimationFrame);
  });
  expect(await page.locator('gut-glossary-card .card').count()).toBe(1);
  await page.close();
});

test('what we write into a page is marks with an entry id and nothing about the reader', async () => {
  // Settings a page must not learn: sites switched off, and a term of the reader's own.
  await updateSettings(s, { disabledSites: ['private-clinic.example'] });
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const footprint = await page.evaluate(() => {
    const attributes = new Set<string>();
    for (const m of document.querySelectorAll('mark[data-term-id]')) for (const a of m.getAttributeNames()) attributes.add(a);
    const host = document.querySelector('gut-glossary-card');
    return {
      markAttributes: [...attributes].sort(),
      hostAttributes: host?.getAttributeNames().sort(),
      // Anything else of ours in the light DOM (outside marks and the card host).
      stray: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /gut|glossary|gg-/i.test(a.name + a.value)) && !el.matches('mark[data-term-id], gut-glossary-card')).length,
      storage: [Object.keys(localStorage).length, Object.keys(sessionStorage).length, document.cookie],
    };
  });
  // data-markjs is mark.js' own flag; data-gg-continued marks the later fragments of a split term.
  expect(footprint.markAttributes).toEqual(['aria-description', 'class', 'data-gg-continued', 'data-markjs', 'data-term-id']);
  expect(footprint.hostAttributes).toEqual(['style']);
  expect(footprint.stray).toBe(0);
  expect(footprint.storage).toEqual([0, 0, '']);
  expect(before).not.toContain('private-clinic');
  // The card, while open, shows the entry and nothing of the settings either.
  await page.locator('mark[data-term-id="dysbiosis"]').first().hover();
  await page.locator('gut-glossary-card .card').waitFor();
  expect(await page.locator('gut-glossary-card .layer').textContent()).not.toContain('private-clinic');
  await page.close();
});
