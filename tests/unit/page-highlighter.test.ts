// @vitest-environment jsdom
/**
 * The page highlighter's bookkeeping over a real DOM (jsdom): content the page takes out
 * and puts back, and switching off, which must leave no mark of ours and the same text.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { compileMatcher } from '../../glossary/matcher';
import { Highlighter, MARK_SELECTOR } from '../../highlight/highlighter';
import { MAX_MENTIONS } from '../../highlight/limits';
import { PageHighlighter } from '../../highlight/page-highlighter';

const matcher = compileMatcher([
  { id: 'dysbiosis', forms: [{ text: 'dysbiosis', caseSensitive: false }] },
  { id: 'butyrate', forms: [{ text: 'butyrate', caseSensitive: false }] },
]);
const settled = () => new Promise((r) => setTimeout(r, 250));

afterEach(() => {
  document.body.replaceChildren();
});

test('content removed and later put back: switching off still removes every mark and keeps the text', async () => {
  document.body.innerHTML = '<main><article id="a"><p>Dysbiosis and butyrate.</p></article><p>Butyrate again.</p></main>';
  const page = new PageHighlighter(document, matcher, { firstMentionOnly: false });
  page.start();
  await settled();
  expect(document.querySelectorAll(MARK_SELECTOR).length).toBe(3);
  const text = document.body.textContent;
  // The page detaches the article (its split records are forgotten) and re-attaches it later.
  const article = document.getElementById('a')!;
  article.remove();
  await settled();
  document.querySelector('main')!.prepend(article);
  await settled();
  expect(document.body.textContent).toBe(text);
  page.stop();
  expect(document.querySelectorAll(MARK_SELECTOR).length).toBe(0);
  expect(document.body.textContent).toBe(text);
  expect(page.counts().size).toBe(0);
});

test('counts follow what is on the page', async () => {
  document.body.innerHTML = '<p>Dysbiosis, dysbiosis and butyrate.</p>';
  const page = new PageHighlighter(document, matcher, { firstMentionOnly: false });
  page.start();
  await settled();
  expect(Object.fromEntries(page.counts())).toEqual({ dysbiosis: 2, butyrate: 1 });
  page.stop();
});

/** Starts highlighting and resolves once the queued work is done. */
function highlightAndSettle(m = matcher): Promise<PageHighlighter> {
  return new Promise((resolve) => {
    const page: PageHighlighter = new PageHighlighter(document, m, { firstMentionOnly: false, onSettled: () => resolve(page) });
    page.start();
  });
}

test('one huge text node is matched and wrapped a part at a time, and reads exactly the same after', async () => {
  // 300,000 characters in one text node: a mention every 400 or so.
  const filler = 'the lining of the gut renews itself every few days while microbes ferment what we eat into small molecules. ';
  let text = '';
  for (let i = 0; text.length < 300_000; i++) text += i % 4 === 3 ? 'Dysbiosis follows when butyrate falls. ' : filler;
  document.body.innerHTML = '<p></p>';
  const node = document.createTextNode(text);
  document.querySelector('p')!.append(node);
  const scan = vi.spyOn(Highlighter.prototype, 'continueScan');
  const page = await highlightAndSettle();
  const expected = text.match(/dysbiosis|butyrate/gi)!.length;
  expect(document.querySelectorAll(MARK_SELECTOR).length).toBe(1000); // the rest when asked for
  page.revealAll();
  const marks = [...document.querySelectorAll(MARK_SELECTOR)];
  expect(marks.length).toBe(expected);
  expect(marks.every((m) => /^(dysbiosis|butyrate)$/i.test(m.textContent!))).toBe(true);
  expect(document.body.textContent).toBe(text);
  // Never the whole block in one go: scanned over several calls (no writes: no layout between them).
  expect(scan.mock.calls.length).toBeGreaterThan(2);
  page.stop();
  // The page's own text node is back, whole, and alone.
  expect([...document.querySelector('p')!.childNodes]).toEqual([node]);
  expect(node.data).toBe(text);
  scan.mockRestore();
});

test('an entry mentioned absurdly often is highlighted MAX_MENTIONS times and named; the others are not held back', async () => {
  const withThe = compileMatcher([
    { id: 'dysbiosis', forms: [{ text: 'dysbiosis', caseSensitive: false }] },
    { id: 'own-the', forms: [{ text: 'the', caseSensitive: false }] },
  ]);
  document.body.innerHTML = Array.from({ length: 30 }, () => `<p>${'the cat and the dog. '.repeat(50)}</p>`).join('') + '<p>Dysbiosis at the end.</p>';
  const page = await highlightAndSettle(withThe);
  const ids = [...document.querySelectorAll(MARK_SELECTOR)].map((m) => m.getAttribute('data-term-id'));
  expect(ids.filter((id) => id === 'own-the').length).toBe(MAX_MENTIONS);
  expect(ids.filter((id) => id === 'dysbiosis').length).toBe(1);
  expect([...page.tooCommon]).toEqual(['own-the']);
  expect(page.counts().get('own-the')).toBe(MAX_MENTIONS);
  page.stop();
});

test('a block scanned again (the page changed it) is not counted twice towards the limit', async () => {
  const withThe = compileMatcher([{ id: 'own-the', forms: [{ text: 'the', caseSensitive: false }] }]);
  document.body.innerHTML = `<p id="live">${'the '.repeat(600)}</p>`;
  const page = await highlightAndSettle(withThe);
  for (let i = 0; i < 3; i++) {
    document.getElementById('live')!.append(' the');
    await settled();
  }
  expect(page.tooCommon.size).toBe(0);
  expect(page.counts().get('own-the')).toBe(603);
  page.stop();
});

test('mentions in content the page removed no longer count towards the limit (a feed that drops old items)', async () => {
  document.body.innerHTML = '<main></main>';
  const feed = document.querySelector('main')!;
  const page = await highlightAndSettle();
  for (let round = 0; round < 15; round++) {
    for (let k = 0; k < 100; k++) feed.append(Object.assign(document.createElement('p'), { textContent: 'Dysbiosis again.' }));
    while (feed.childElementCount > 100) feed.firstElementChild!.remove();
    await settled();
  }
  expect(page.tooCommon.size).toBe(0);
  expect(page.counts().get('dysbiosis')).toBe(100);
  page.stop();
});

test('a block with more mentions than are wrapped at once: the rest are counted, and wrapped in place when asked for', async () => {
  // 1,500 mentions, one per 300 or so characters: frequent, not a word like "the".
  const text = Array.from(
    { length: 1500 },
    (_, i) => `Item ${i}: dysbiosis, as the long survey of microbes in many people and places shows once more, is a change in the make-up of the community of microbes that live in the gut, and it is seen in many conditions, though what causes what is still an open question.`,
  ).join(' ');
  document.body.innerHTML = '<p></p>';
  document.querySelector('p')!.textContent = text;
  const page = await highlightAndSettle();
  expect(page.tooCommon.size).toBe(0);
  expect(page.counts().get('dysbiosis')).toBe(1500);
  expect(document.querySelectorAll(MARK_SELECTOR).length).toBe(1000);
  page.revealAll();
  const marks = [...document.querySelectorAll(MARK_SELECTOR)];
  expect(marks.length).toBe(1500);
  expect(marks.every((m) => m.textContent === 'dysbiosis')).toBe(true);
  expect(marks[1499]!.previousSibling!.textContent!.endsWith('Item 1499: ')).toBe(true);
  expect(document.body.textContent).toBe(text);
  page.stop();
  expect(document.querySelector('p')!.childNodes.length).toBe(1);
});

test('with a term shown at its first mention only, what is visible is still highlighted at once, and that term only at its first mention', async () => {
  document.body.innerHTML = '<p id="a">Butyrate, then dysbiosis.</p><p id="b">Dysbiosis again, and butyrate.</p>';
  const page = new PageHighlighter(document, matcher, { firstMentionOnly: (id) => id === 'dysbiosis' });
  page.start();
  // The visible pass (jsdom lays nothing out: every block counts as visible) leaves the term for the pass in order.
  const ids = () => [...document.querySelectorAll<HTMLElement>(MARK_SELECTOR)].map((m) => `${m.closest('p')!.id}:${m.dataset.termId}`);
  expect(ids()).toEqual(['a:butyrate', 'b:butyrate']);
  await settled();
  expect(ids().sort()).toEqual(['a:butyrate', 'a:dysbiosis', 'b:butyrate']);
  expect(Object.fromEntries(page.counts())).toEqual({ butyrate: 2, dysbiosis: 1 });
  page.stop();
  expect(document.body.textContent).toBe('Butyrate, then dysbiosis.Dysbiosis again, and butyrate.');
});
