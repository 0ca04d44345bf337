/**
 * The page is an attacker: with the extension as it ships (no test hooks), a page probes
 * for everything private and tries to drive us. It learns nothing of the reader's own and
 * controls nothing; the reader's own pointer and keys still work.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { cardTimersFired, updateSettings } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession({ testHooks: false });
const OWN = { id: 'my-flare-notes', term: 'colitis flare', definition: 'Ask Dr Ruiz about the biopsy result.' };

beforeAll(async () => {
  await s.worker.evaluate(async (own) => chrome.storage.local.set({ userEntries: [own], userEntries$: { v: 2 } }), OWN);
});

const ownMark = '#private mark:not([data-term-id="butyrate"])';

/**
 * The page's (or frame's) own script goes after the reader's own term: a trusted focus (focus
 * from script produces one), a click, then a look at everything it can reach. It finds no
 * card, a token for an id, and nothing private.
 */
async function probeFindsNothing(where: Page | Frame): Promise<void> {
  const probe = await where.evaluate(async () => {
    const own = [...document.querySelectorAll<HTMLElement>('#private mark')].find((m) => m.textContent === 'colitis flare')!;
    own.tabIndex = -1;
    own.focus();
    own.click();
    await new Promise((r) => setTimeout(r, 800));
    return {
      id: own.getAttribute('data-term-id'),
      described: own.getAttribute('aria-description') ?? '',
      shadowRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
      html: document.documentElement.outerHTML,
    };
  });
  expect(probe.id).toMatch(/^x[0-9a-f]{18}$/);
  expect(probe.described).not.toContain('card open');
  expect(probe.shadowRoots).toBe(0);
  expect(probe.html).not.toContain(OWN.id);
  expect(probe.html).not.toContain('biopsy');
}

test("a page cannot open the reader's own term's card or read it, and the reader's pointer can", async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('hostile/probe.html'));
  await page.locator(ownMark).first().waitFor();
  await probeFindsNothing(page);
  // The reader's pointer resting on the term opens its card; the page still reads nothing of it.
  await page.locator(ownMark).first().hover();
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-description')?.includes('card open') === true, ownMark);
  const open = await page.evaluate(() => ({
    shadowRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
    text: document.documentElement.outerHTML + document.body.innerText,
  }));
  expect(open.shadowRoots).toBe(0);
  expect(open.text).not.toContain('biopsy');
  await page.close();
});

test("a cross-origin frame (an ad) probing inside itself cannot open the reader's own term's card or read it", async () => {
  s.server.route('/ad-host.html', `<!doctype html><title>News</title><p>An article with an ad.</p><iframe src="${s.server.url('hostile/probe.html').replace('127.0.0.1', 'localhost')}" width="600" height="300"></iframe>`);
  const page = await s.context.newPage();
  await page.goto(s.server.url('ad-host.html'));
  await expect.poll(() => page.frames().length).toBe(2);
  const frame = page.frames().find((f) => f.url().startsWith('http://localhost'))!;
  await frame.locator(ownMark).first().waitFor();
  await probeFindsNothing(frame);
  await page.close();
});

test('a term moved under a still pointer does not open its card; the reader moving onto it does', async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('hostile/probe.html'));
  const mark = page.locator('#public mark[data-term-id="dysbiosis"]');
  await mark.waitFor();
  const box = (await mark.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.evaluate((dy) => {
    document.getElementById('public')!.style.transform = `translateY(${dy}px)`;
  }, 200);
  // Scrolling makes the browser send the pointer's position again (a trusted move at the same place).
  await page.mouse.wheel(0, 1);
  await page.mouse.wheel(0, -1);
  await cardTimersFired(page, 800);
  expect((await mark.getAttribute('aria-description')) ?? '').not.toContain('card open');
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + 200 + box.height / 2 - 1);
  await page.waitForFunction(() => document.querySelector('#public mark')?.getAttribute('aria-description')?.includes('card open') === true);
  await page.close();
});

test('copying highlighted text puts on the clipboard what the page would give without us', async () => {
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.server.origin });
  const page = await s.context.newPage();
  await page.goto(s.server.url('hostile/probe.html'));
  await page.locator('#copy mark[data-term-id="dysbiosis"]').waitFor();
  // The reader selects the sentence and presses Ctrl+C.
  const copy = page.locator('#copy');
  const box = (await copy.boundingBox())!;
  await page.mouse.click(box.x + 1, box.y + box.height / 2, { clickCount: 3 });
  await page.keyboard.press('Control+C');
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
  });
  expect(clip.text).toContain("Short-chain fatty acids feed the colon's cells; dysbiosis reduces them.");
  expect(clip.html).toContain('<b>colon</b>');
  expect(clip.html).toContain('dysbiosis reduces them');
  expect(clip.html).not.toMatch(/<mark|gut-glossary|data-term-id|gg-|aria-description|data-markjs/);
  await page.close();
});

const setDisabledSites = (disabledSites: string[]) => updateSettings(s, { disabledSites });

test('a switched-off site sees nothing of us: no element, no timings, no message, no start event', async () => {
  await setDisabledSites(['localhost']);
  const page = await s.context.newPage();
  const startEvents: string[] = [];
  await page.exposeFunction('recordStart', (name: string) => startEvents.push(name));
  // A page that knows the extension's (public) id listens for WXT's start event.
  await page.addInitScript((id) => {
    document.addEventListener(`${id}:highlighter:wxt:content-script-started`, () => (window as any).recordStart('start'));
  }, s.extensionId);
  await page.goto(s.server.url('hostile/watcher.html').replace('127.0.0.1', 'localhost'));
  // Time for the content script to start and read its settings (nothing on the page tells when).
  await cardTimersFired(page, 1500);
  const seen = await page.evaluate(() => (window as any).seen);
  expect(seen).toEqual({ timings: [], messages: [], added: [] });
  expect(await page.locator('mark').count()).toBe(0);
  expect(startEvents).toEqual([]);
  // The reader switches the site on: the content script was there all along, and still the
  // page's timeline and messages hold nothing of ours.
  await setDisabledSites([]);
  await page.locator('mark[data-term-id="dysbiosis"]').waitFor();
  const after = await page.evaluate(() => (window as any).seen);
  expect(after.timings).toEqual([]);
  expect(after.messages).toEqual([]);
  expect(startEvents).toEqual([]);
  // Switched off again while the page is open: the highlights and the card's host go.
  const ours = () => page.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length);
  expect(await ours()).toBe(1);
  await setDisabledSites(['localhost']);
  await expect.poll(() => page.locator('mark').count()).toBe(0);
  await expect.poll(ours).toBe(0);
  await page.close();
});

test("replaying WXT's start event or message does not stop us", async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('hostile/watcher.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').waitFor();
  await page.evaluate((id) => {
    const type = `${id}:highlighter:wxt:content-script-started`;
    const detail = { contentScriptName: 'highlighter', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, s.extensionId);
  // Still highlighting what the page adds, and the reader's hover still opens the card.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { id: 'later', textContent: 'Later: butyrate.' })));
  await page.locator('#later mark[data-term-id="butyrate"]').waitFor();
  await page.locator('#later mark').hover();
  await page.waitForFunction(() => document.querySelector('#later mark')?.getAttribute('aria-description')?.includes('card open') === true);
  await page.close();
});

test("a content script cannot read storage, nor ask for the whole glossary: only what its page shows", async () => {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  const contexts: { id: number; name: string; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await page.goto(s.server.url('hostile/probe.html'));
  await page.locator('mark[data-term-id="dysbiosis"]').first().waitFor();
  await cdp.send('Runtime.enable');
  const ours = contexts.find((c) => c.name === 'Gut Glossary');
  expect(ours).toBeDefined();
  // Run in our content script's own world: as if a page had subverted it.
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: ours!.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => {
      const attempt = (p) => p.then((v) => v, (e) => 'refused: ' + e.message);
      const send = (type) => chrome.runtime.sendMessage({ type, params: {} });
      return {
        local: await attempt(chrome.storage.local.get(null).then(Object.keys)),
        sync: await attempt(chrome.storage.sync.get(null).then(Object.keys)),
        write: await attempt(chrome.storage.sync.set({ settings: { enabled: false } }).then(() => 'written')),
        listEntries: await send('listEntries'),
        listSections: await send('listSections'),
        entry: await chrome.runtime.sendMessage({ type: 'getEntry', params: { id: 'dysbiosis' } }),
      };
    })()`,
  });
  const out = result.value as Record<string, any>;
  expect(out.local).toMatch(/^refused/);
  expect(out.sync).toMatch(/^refused/);
  expect(out.write).toMatch(/^refused/);
  expect(out.listEntries).toMatchObject({ ok: false });
  expect(out.listSections).toMatchObject({ ok: false });
  expect(out.entry).toMatchObject({ ok: true, result: { entry: { id: 'dysbiosis' } } });
  await page.close();
});

test('a page that defines our element name first does not stop the card', async () => {
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(s.server.url('hostile/squatter.html'));
  const mark = page.locator('#text mark[data-term-id="dysbiosis"]');
  await mark.waitFor();
  await mark.hover();
  await page.waitForFunction(() => document.querySelector('#text mark')?.getAttribute('aria-description')?.includes('card open') === true);
  expect(errors).toEqual([]);
  await page.close();
});
