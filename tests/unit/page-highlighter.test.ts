// @vitest-environment jsdom
/**
 * The page highlighter's bookkeeping over a real DOM (jsdom): content the page takes out
 * and puts back, and switching off, which must leave no mark of ours and the same text.
 */
import { afterEach, expect, test } from 'vitest';
import { compileMatcher } from '../../glossary/matcher';
import { MARK_SELECTOR } from '../../highlight/highlighter';
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
