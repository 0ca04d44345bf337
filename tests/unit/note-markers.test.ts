// @vitest-environment jsdom
/** Citation and note markers read as word boundaries; names written with sub- and superscripts still read as one word. */
import { afterEach, expect, test } from 'vitest';
import { compileMatcher, type MatchEntry } from '../../glossary/matcher';
import { Highlighter } from '../../highlight/highlighter';
import { isNoteMarker } from '../../highlight/note-markers';

const entry = (id: string, words: string[], abbreviations: string[] = []): MatchEntry => ({
  id,
  forms: [...words.map((text) => ({ text, caseSensitive: false })), ...abbreviations.map((text) => ({ text, caseSensitive: true }))],
});
const matcher = compileMatcher([
  entry('tregs', ['regulatory T cells'], ['Tregs']),
  entry('neutrophils', ['neutrophils']),
  entry('butyrate', ['butyrate']),
  entry('th17-cells', ['Th17 cells'], ['Th17', 'TH17']),
  entry('il-10', ['interleukin-10'], ['IL-10']),
  entry('cx3cr1', [], ['CX3CR1']),
  entry('gut-microbiome', ['gut microbiome']),
]);

/** [text, id] of each highlight (split fragments joined) after highlighting `html`. */
function highlights(html: string): [string, string][] {
  document.body.innerHTML = `<p>${html}</p>`;
  const h = new Highlighter(matcher, { firstMentionOnly: false });
  for (const b of [...Highlighter.blocksIn(document.body)]) h.highlightBlock(b);
  const out: [string, string][] = [];
  for (const m of document.querySelectorAll<HTMLElement>('mark[data-term-id]')) {
    if (m.dataset.ggContinued !== undefined) out[out.length - 1]![0] += m.textContent;
    else out.push([m.textContent ?? '', m.dataset.termId!]);
  }
  return out;
}

afterEach(() => document.body.replaceChildren());

test.each([
  ['Tregs<sup>12</sup> expand', [['Tregs', 'tregs']]],
  ['recruited neutrophils.<sup>8</sup> Then', [['neutrophils', 'neutrophils']]],
  ['butyrate<sup>3,7</sup> feeds', [['butyrate', 'butyrate']]],
  ['butyrate<sup>3–5</sup> feeds', [['butyrate', 'butyrate']]],
  ['Th17 cells<sup>11</sup> make', [['Th17 cells', 'th17-cells']]],
  ['IL-10<sup>hi</sup> cells', [['IL-10', 'il-10']]],
  ['Tregs<span class="cite">12</span> expand', [['Tregs', 'tregs']]],
  ['Tregs<a href="#ref-12">[12]</a> expand', [['Tregs', 'tregs']]],
  ['Tregs<sup><a href="#b12">12</a></sup> expand', [['Tregs', 'tregs']]],
  ['gut microbiome<sup>1,2</sup>', [['gut microbiome', 'gut-microbiome']]],
])('%s', (html, expected) => {
  expect(highlights(html)).toEqual(expected);
});

test('names written with sub- and superscripts read as before', () => {
  expect(highlights('CX3CR1<sup>+</sup> cells')).toEqual([['CX3CR1', 'cx3cr1']]);
  expect(highlights('T<sub>H</sub>17 cells')).toEqual([['TH17 cells', 'th17-cells']]);
  expect(highlights('Th<sub>17</sub> cells')).toEqual([['Th17 cells', 'th17-cells']]);
});

test('a marker never becomes the space between two words of a term', () => {
  expect(highlights('gut<sup>1</sup> microbiome')).toEqual([]);
});

test('the page text reads the same after highlighting', () => {
  highlights('Tregs<sup>12</sup> and butyrate<span class="cite">3</span>.');
  expect(document.body.textContent).toBe('Tregs12 and butyrate3.');
});

test('what counts as a marker', () => {
  const el = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild!;
  };
  expect(isNoteMarker(el('<sup>12</sup>'))).toBe(true);
  expect(isNoteMarker(el('<sup>[3, 7]</sup>'))).toBe(true);
  expect(isNoteMarker(el('<sup>hi</sup>'))).toBe(true);
  expect(isNoteMarker(el('<sup>Treg</sup>'))).toBe(false);
  expect(isNoteMarker(el('<sub>12</sub>'))).toBe(false);
  expect(isNoteMarker(el('<a href="#r1">1</a>'))).toBe(true);
  expect(isNoteMarker(el('<a href="#section-2">Methods</a>'))).toBe(false);
  expect(isNoteMarker(el('<a href="/paper">12</a>'))).toBe(false);
  expect(isNoteMarker(el('<span class="citation">[4]</span>'))).toBe(true);
  expect(isNoteMarker(el('<span class="price">12</span>'))).toBe(false);
});
