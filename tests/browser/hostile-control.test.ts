/**
 * A page cannot drive us. These tests open the card's shadow root (test hooks), as if a
 * page could reach into it, and check that its script clicks still do nothing; and that
 * even a flood of "open the FAQ" requests opens only a few tabs.
 */
import { expect, test } from 'vitest';
import { cardTimersFired, collectErrors, reloadExtension } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();

test('script clicks inside the card open no tab and switch no entry', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  const mark = page.locator('article p mark[data-term-id="butyrate"]').first();
  await mark.hover();
  const card = page.locator('gut-glossary-card .card[data-term-id="butyrate"]');
  await card.waitFor();
  // The reader unfolds the card, so its links are there for a script to try.
  await card.locator('.toggle-more').click();
  await card.locator('.read-more').waitFor();
  const pagesBefore = s.context.pages().length;
  await page.evaluate(() => {
    const root = document.querySelector('gut-glossary-card')!.shadowRoot!;
    for (let i = 0; i < 10; i++) root.querySelector<HTMLElement>('.read-more')?.click();
    for (const a of root.querySelectorAll<HTMLElement>('.related a, .related button')) a.click();
  });
  await cardTimersFired(page, 800);
  expect(s.context.pages().length).toBe(pagesBefore);
  expect(await card.count()).toBe(1);
  // The reader's own click still works.
  const [faq] = await Promise.all([s.context.waitForEvent('page'), card.locator('.read-more').click()]);
  await faq.waitForURL(/faq\.html#/);
  await faq.close();
  await page.close();
});

test('a flood of FAQ requests from a content script opens at most three tabs, not dozens', async () => {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  const contexts: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  await cdp.send('Runtime.enable');
  const ours = contexts.find((c) => c.name === 'Gut Glossary')!;
  const opened: string[] = [];
  s.context.on('page', (p) => opened.push(p.url()));
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: ours.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `Promise.all(Array.from({ length: 12 }, () => chrome.runtime.sendMessage({ type: 'openFaq', params: {} }).then((r) => r.ok)))`,
  });
  // Three in any ten seconds (the previous test's reader click may have used one).
  const accepted = (result.value as boolean[]).filter(Boolean).length;
  expect(accepted).toBeGreaterThan(0);
  expect(accepted).toBeLessThanOrEqual(3);
  await expect.poll(() => opened.length).toBe(accepted);
  for (const p of s.context.pages()) if (p.url().includes('faq.html')) await p.close();
  await page.close();
});

test('forged marks are not counted, listed or opened: only marks we made', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('hostile/probe.html'));
  await page.locator('#public mark[data-term-id="dysbiosis"]').waitFor();
  await page.evaluate(() => {
    const forged = document.createElement('div');
    forged.id = 'forged';
    for (let i = 0; i < 2000; i++) {
      const m = document.createElement('mark');
      m.className = 'gut-glossary-mark gg-underline';
      m.dataset.termId = i < 1000 ? 'urgent-call-now' : `forged-${i}`;
      m.textContent = 'Call us now ';
      forged.append(m);
    }
    document.body.prepend(forged);
  });
  // Let the page's change be handled, then ask as the popup and the badge do.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { id: 'probe2', textContent: 'Probe: butyrate.' })));
  // It is wrapped as the reader comes near it (below the forged block, it starts out of view).
  await page.locator('#probe2').scrollIntoViewIfNeeded();
  await page.locator('#probe2 mark[data-term-id="butyrate"]').waitFor();
  await page.bringToFront();
  const state = await s.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'getPageState', params: {} }, { frameId: 0 });
  });
  const ids = (state as { counts: { id: string }[] }).counts.map((c) => c.id);
  expect(ids).toContain('dysbiosis');
  expect(ids.filter((id) => id === 'urgent-call-now' || id.startsWith('forged-'))).toEqual([]);
  expect(ids.length).toBeLessThan(20);
  // The badge counts the entries we found, not the thousand forged ones.
  const badge = () =>
    s.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
  await expect.poll(badge).toBe(String(ids.length));
  // A real hover on a forged mark opens nothing.
  await page.locator('#forged mark').first().hover();
  await cardTimersFired(page, 800);
  expect(await page.locator('gut-glossary-card .card').count()).toBe(0);
  await page.close();
});

test('standalone SVG and XML documents: no highlight, no element of ours, no error', async () => {
  for (const name of ['hostile/standalone.svg', 'hostile/data.xml']) {
    const page = await s.context.newPage();
    const errors = collectErrors(page);
    await page.goto(s.server.url(name));
    // Nothing on such a page tells when a content script is done: a generous wait.
    await cardTimersFired(page, 1500);
    const found = await page.evaluate(() => ({
      marks: document.getElementsByTagName('mark').length,
      ours: document.getElementsByTagName('gut-glossary-card').length,
    }));
    expect(found, name).toEqual({ marks: 0, ours: 0 });
    expect(errors, name).toEqual([]);
    await page.close();
  }
});

test('a page that swaps its body, rewrites its document or removes our card host: we carry on', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('hostile/probe.html'));
  await page.locator('#public mark[data-term-id="dysbiosis"]').waitFor();
  const hoverOpens = async (selector: string) => {
    await page.mouse.move(0, 0);
    await page.locator(selector).first().hover();
    await page.locator('gut-glossary-card .card').waitFor();
  };
  // Turbo-style navigation: a new body.
  await page.evaluate(() => {
    const body = document.createElement('body');
    body.append(Object.assign(document.createElement('p'), { id: 'swapped', textContent: 'The next page is about butyrate.' }));
    document.body.replaceWith(body);
  });
  await page.locator('#swapped mark[data-term-id="butyrate"]').waitFor();
  await hoverOpens('#swapped mark');
  // The page removes our card's host.
  await page.evaluate(() => document.querySelector('gut-glossary-card')!.remove());
  await hoverOpens('#swapped mark');
  // document.open()/write() after load.
  await page.evaluate(() => {
    document.open();
    document.write('<!doctype html><html><body><p id="written">Written later: dysbiosis.</p></body></html>');
    document.close();
  });
  await page.locator('#written mark[data-term-id="dysbiosis"]').waitFor();
  await hoverOpens('#written mark');
  await page.close();
});

// Last in this file: it reloads the extension.
test('after the extension reloads, the orphaned script closes its card and takes its highlights away at once, untouched', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('demo.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().hover();
  await page.locator('gut-glossary-card .card').waitFor();
  await reloadExtension(s);
  // No hover, key or change from the reader: the old script notices by itself.
  await page.locator('gut-glossary-card').waitFor({ state: 'detached', timeout: 5_000 });
  await expect.poll(() => page.locator('mark[data-term-id]').count(), { timeout: 5_000 }).toBe(0);
  await page.close();
});
