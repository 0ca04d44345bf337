/**
 * The "Pages" and "Load" cases of shared/notes/hostile-cases.md that are not covered in
 * highlighting.test.ts (frameworks, typing, infinite scroll, frames, switching off),
 * term-card.test.ts (hostile CSS) or privacy.test.ts (synthetic events). Each page checks:
 * no page error, the page's own behaviour intact, its text as it wrote it, and our
 * highlights where they belong and nowhere else.
 * Not shown here: the browser's PDF viewer (no content script runs in it, and headless
 * Chromium has none).
 */
import type { Frame, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { changesHandled, collectErrors, contentScriptReady, firstPassDone, updateSettings } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession();

interface Opened {
  page: Page;
  /** Errors the page logged or threw. */
  errors: string[];
}

async function open(path: string): Promise<Opened> {
  const page = await s.context.newPage();
  const errors = collectErrors(page);
  await page.goto(s.server.url(path));
  await firstPassDone(page);
  return { page, errors };
}

const ids = (where: Page | Frame, selector: string) =>
  where.$$eval(`${selector} mark[data-term-id]:not([data-gg-continued])`, (ms) => ms.map((m) => m.getAttribute('data-term-id')));

const marksIn = (where: Page | Frame, selector: string) => where.locator(`${selector} mark[data-term-id]`).count();

/** The text of `selector` as the page's source has it, parsed apart from the live page. */
const sourceText = (page: Page, selector: string) =>
  page.evaluate(async (sel) => {
    const res = await fetch(location.href);
    const type = (res.headers.get('content-type') ?? 'text/html').split(';')[0] as DOMParserSupportedType;
    return new DOMParser().parseFromString(await res.text(), type).querySelector(sel)?.textContent;
  }, selector);

const text = (page: Page | Frame, selector: string) => page.locator(selector).evaluate((el) => el.textContent);

/** Waits until `count()` stays the same over two rounds of the content script handling the page's changes, and returns it. */
async function whenStable(page: Page, count: () => Promise<number>, timeoutMs = 15_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = await count();
  for (let quiet = 0; quiet < 2 && Date.now() < end; ) {
    await changesHandled(page);
    const now = await count();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

test('rich and code editors and canvas documents are left alone, and typing in them works', async () => {
  const { page, errors } = await open('hostile/editors.html');
  expect(await ids(page, '#prose')).toEqual(['dysbiosis']);
  for (const editor of ['#monaco', '#cm', '#ace']) expect(await marksIn(page, editor), editor).toBe(0);
  expect(await text(page, '#monaco .view-lines')).toBe(await sourceText(page, '#monaco .view-lines'));
  // A TinyMCE-like editor: the frame's body is editable, so nothing in it is highlighted.
  const rich = page.frameLocator('#rich');
  await rich.locator('p').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More on butyrate.');
  expect(await rich.locator('p').textContent()).toBe('Draft about dysbiosis and Tregs. More on butyrate.');
  await page.locator('#cm .cm-line').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and dysbiosis');
  await changesHandled(page);
  // Checked after the page's own changes are handled (the frame's script runs alongside).
  expect(await rich.locator('mark').count()).toBe(0);
  expect(await text(page, '#cm .cm-content')).toBe('SCFAs and the gut barrier and dysbiosis');
  expect(await marksIn(page, '#cm')).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('a page that undoes our marks, at once or on a timer, meets a back-off, not a loop', async () => {
  const { page, errors } = await open('hostile/fighting.html');
  expect(await ids(page, '#elsewhere')).toEqual(['fmt']);
  // The page's observer unwraps whatever we insert: the exchange must die down.
  const calls = () => page.evaluate(() => (window as any).observerCalls as number);
  const settledCalls = await whenStable(page, calls);
  expect(settledCalls).toBeLessThan(200);
  await changesHandled(page);
  expect(await calls()).toBe(settledCalls);
  expect(await text(page, '#unwrap')).toBe(await sourceText(page, '#unwrap'));
  // A timer deletes our marks: we do not put them back for ever.
  const deleted = () => page.evaluate(() => (window as any).deleted as number);
  const settledDeleted = await whenStable(page, deleted);
  expect(settledDeleted).toBeLessThan(100);
  expect(await text(page, '#delete')).toBe(await sourceText(page, '#delete'));
  // The rest of the page keeps its highlights, and new content is still highlighted.
  expect(await ids(page, '#elsewhere')).toEqual(['fmt']);
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { id: 'later', textContent: 'Later: butyrate.' })));
  await expect.poll(() => ids(page, '#later')).toEqual(['butyrate']);
  expect(errors).toEqual([]);
  await page.close();
});

test('SVG, MathML, code, pre, form controls, editable regions and closed shadow roots are never wrapped', async () => {
  const { page, errors } = await open('hostile/skipped.html');
  expect(await ids(page, '#prose')).toEqual(['dysbiosis']);
  expect(await page.locator('mark[data-term-id]').count()).toBe(1);
  expect(await page.title()).toBe('Dysbiosis in the title');
  // SVG text still renders (wrapping it in an HTML element would make it vanish).
  expect(await page.locator('#svg text').evaluate((t) => (t as SVGTextElement).getBBox().width)).toBeGreaterThan(50);
  for (const sel of ['#svg', '#math', '#pre', '#code', '#kbd', '#select', '#button', '#ce', '#tpl'])
    expect(await text(page, sel), sel).toBe(await sourceText(page, sel));
  expect(await page.locator('#textarea').inputValue()).toBe('regulatory T cells');
  expect(await page.locator('#input').inputValue()).toBe('dysbiosis');
  await page.locator('#select').selectOption({ label: 'butyrate' });
  await page.locator('#button').click();
  expect(await page.locator('#button').getAttribute('data-clicked')).toBe('yes');
  expect(await page.evaluate(() => (window as any).closedRoot.querySelectorAll('mark').length)).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('typography, split and unsplittable terms, right-to-left and vertical text, and the page’s own marks and class names', async () => {
  const { page, errors } = await open('hostile/text.html');
  const expected: Record<string, string[]> = {
    // "fibre" alone is dietary fibre on this page, which names short-chain fatty acids, butyrate and probiotics.
    '#split': ['scfas', 'dietary-fibre'],
    '#h': [],
    '#after-h': [],
    '#nbsp': ['tregs', 'tregs'],
    '#shy': ['dysbiosis'],
    '#zw': ['butyrate'],
    '#apos': ['peyers-patches', 'peyers-patches'],
    '#dash': ['gut-brain-axis', 'gut-brain-axis'],
    '#rtl': ['dysbiosis', 'tregs'],
    '#arabic': ['butyrate'],
    '#vertical': ['probiotics'],
    '#own': [],
  };
  for (const [sel, want] of Object.entries(expected)) expect(await ids(page, sel), sel).toEqual(want);
  // The split term is one match in two fragments, both carrying its id.
  expect(await page.$$eval('#split mark[data-term-id="scfas"]', (ms) => ms.map((m) => [m.textContent, m.getAttribute('data-term-id')]))).toEqual([
    ['short-chain ', 'scfas'],
    ['fatty acids', 'scfas'],
  ]);
  const before = await page.evaluate(() => document.body.textContent);
  expect(before).toBe(await sourceText(page, 'body'));
  // The card opens beside a term in vertical text and stays on screen.
  await page.locator('#vertical mark').hover();
  const card = page.locator('gut-glossary-card .card');
  await card.waitFor();
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1200);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  // Switched off: our marks go, the page's own mark and class names stay, the text is the same.
  await updateSettings(s, { disabledSites: ['127.0.0.1'] });
  await expect.poll(() => page.locator('mark[data-term-id]').count()).toBe(0);
  expect(await page.locator('#own mark.gut-glossary-mark').textContent()).toBe('the page\'s own highlight of dysbiosis');
  expect(await page.locator('#own .gg-underline').count()).toBe(1);
  expect(await page.evaluate(() => document.body.textContent)).toBe(before);
  await updateSettings(s, { disabledSites: [] });
  await expect.poll(() => ids(page, '#shy')).toEqual(['dysbiosis']);
  expect(errors).toEqual([]);
  await page.close();
});

test('an XHTML page is highlighted with XHTML elements; a text/plain file is left as it is', async () => {
  const { page, errors } = await open('hostile/strict.xhtml');
  expect(await ids(page, '#x')).toEqual(['dysbiosis', 'tregs']);
  expect(await page.locator('#x mark').first().evaluate((m) => m.namespaceURI)).toBe('http://www.w3.org/1999/xhtml');
  expect(await text(page, '#x')).toBe(await sourceText(page, '#x'));
  expect(errors).toEqual([]);
  await page.goto(s.server.url('hostile/plain.txt'));
  await contentScriptReady(page);
  expect(await page.locator('mark').count()).toBe(0);
  expect(await page.locator('body').textContent()).toContain('about dysbiosis and regulatory T cells.');
  expect(errors).toEqual([]);
  await page.close();
});

test('a strict Content-Security-Policy page gets highlights and a styled card, and reports no violation from us', async () => {
  s.server.route(
    '/csp.html',
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title></head><body><p id="p">Dysbiosis and regulatory T cells, under a strict policy.</p></body></html>',
    { 'content-security-policy': "default-src 'none'" },
  );
  const page = await s.context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    (window as any).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(s.server.url('csp.html'));
  await expect.poll(() => ids(page, '#p')).toEqual(['dysbiosis', 'tregs']);
  // The highlight style comes from the manifest, so the policy cannot block it.
  expect(await page.locator('#p mark').first().evaluate((m) => getComputedStyle(m).cursor)).toBe('help');
  await page.locator('#p mark').first().hover();
  const card = page.locator('gut-glossary-card .card');
  await card.waitFor();
  expect(await card.locator('.definition').textContent()).toMatch(/microbes|balance/i);
  // The card's own styles apply inside its shadow root: a fixed, bounded panel.
  expect(await page.locator('gut-glossary-card .layer').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('fifty frames and a cross-origin frame are each highlighted by their own script', async () => {
  const crossOrigin = s.server.url('demo.html').replace('127.0.0.1', 'localhost');
  const frames = Array.from({ length: 50 }, (_, i) => `<iframe title="f${i}" srcdoc="<p>Frame ${i}: dysbiosis.</p>"></iframe>`).join('');
  s.server.route('/frames50.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body><p>Top: butyrate.</p>${frames}<iframe id="cross" src="${crossOrigin}"></iframe></body></html>`);
  const { page, errors } = await open('frames50.html');
  await expect
    .poll(async () => {
      const counts = await Promise.all(page.frames().filter((f) => f.url() === 'about:srcdoc').map((f) => f.locator('mark[data-term-id="dysbiosis"]').count().catch(() => 0)));
      return counts.filter((c) => c === 1).length;
    }, { timeout: 20_000 })
    .toBe(50);
  const cross = page.frames().find((f) => f.url().startsWith('http://localhost'))!;
  await expect.poll(() => cross.locator('mark[data-term-id="dysbiosis"]').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('text streamed in token by token is highlighted once it settles, without an observer loop', async () => {
  const answer = 'Dysbiosis can weaken the gut barrier, while butyrate from dietary fibre feeds the cells that line it and regulatory T cells calm inflammation.';
  s.server.route(
    '/stream.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chat</title></head><body>
<div id="chat"><p id="tokens"></p><p id="rerender"></p></div>
<script>
  const words = ${JSON.stringify(answer)}.split(/(?= )/);
  let i = 0;
  window.mutations = 0;
  new MutationObserver((rs) => (window.mutations += rs.length)).observe(document.getElementById('chat'), { childList: true, subtree: true, characterData: true });
  const tick = setInterval(() => {
    // One answer grows by appended text nodes, the other is re-rendered in full each time.
    document.getElementById('tokens').append(words[i]);
    document.getElementById('rerender').textContent = words.slice(0, i + 1).join('');
    if (++i === words.length) { clearInterval(tick); window.streamed = true; }
  }, 15);
</script></body></html>`,
  );
  const { page, errors } = await open('stream.html');
  await page.waitForFunction(() => (window as any).streamed);
  const expected = ['dysbiosis', 'gut-barrier', 'butyrate', 'dietary-fibre', 'tregs', 'inflammation'];
  await expect.poll(() => ids(page, '#tokens')).toEqual(expected);
  await expect.poll(() => ids(page, '#rerender')).toEqual(expected);
  expect(await text(page, '#tokens')).toBe(answer);
  expect(await text(page, '#rerender')).toBe(answer);
  // Quiet afterwards: nobody is changing the page any more.
  const mutations = () => page.evaluate(() => (window as any).mutations as number);
  const m = await mutations();
  await changesHandled(page);
  expect(await mutations()).toBe(m);
  expect(errors).toEqual([]);
  await page.close();
});
