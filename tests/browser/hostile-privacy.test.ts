/**
 * The page is an attacker: with the extension as it ships (no test hooks), a page probes
 * for everything private and tries to drive us. It learns nothing of the reader's own and
 * controls nothing; the reader's own pointer and keys still work.
 */
import { beforeAll, expect, test } from 'vitest';
import { cardTimersFired } from '../support/browser';
import { useSession } from '../support/session';

const s = useSession({ testHooks: false });
const OWN = { id: 'my-flare-notes', term: 'colitis flare', definition: 'Ask Dr Ruiz about the biopsy result.' };

beforeAll(async () => {
  await s.worker.evaluate(async (own) => chrome.storage.local.set({ userEntries: [own], userEntries$: { v: 2 } }), OWN);
});

const ownMark = '#private mark:not([data-term-id="butyrate"])';

test("a page cannot open the reader's own term's card or read it, and the reader's pointer can", async () => {
  const page = await s.context.newPage();
  await page.goto(s.server.url('hostile/probe.html'));
  await page.locator(ownMark).first().waitFor();
  const probe = await page.evaluate(async () => {
    const own = [...document.querySelectorAll<HTMLElement>('#private mark')].find((m) => m.textContent === 'colitis flare')!;
    // Focus from script produces a trusted focus event.
    own.tabIndex = -1;
    own.focus();
    own.click();
    await new Promise((r) => setTimeout(r, 800));
    return {
      id: own.getAttribute('data-term-id'),
      expanded: own.getAttribute('aria-expanded'),
      shadowRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
      html: document.documentElement.outerHTML,
    };
  });
  expect(probe.id).toMatch(/^x[0-9a-f]{18}$/);
  expect(probe.expanded).not.toBe('true');
  expect(probe.shadowRoots).toBe(0);
  expect(probe.html).not.toContain(OWN.id);
  expect(probe.html).not.toContain('biopsy');
  // The reader's pointer resting on the term opens its card; the page still reads nothing of it.
  await page.locator(ownMark).first().hover();
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-expanded') === 'true', ownMark);
  const open = await page.evaluate(() => ({
    shadowRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
    text: document.documentElement.outerHTML + document.body.innerText,
  }));
  expect(open.shadowRoots).toBe(0);
  expect(open.text).not.toContain('biopsy');
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
  expect(await mark.getAttribute('aria-expanded')).not.toBe('true');
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + 200 + box.height / 2 - 1);
  await page.waitForFunction(() => document.querySelector('#public mark')?.getAttribute('aria-expanded') === 'true');
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
