import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchEntry } from '../../glossary/matcher';
import { findInText, foldPdfText, pdfTextMatcher, termsByPage } from '../../glossary/pdf-text';

const entry = (id: string, words: string[]): MatchEntry => ({ id, forms: words.map((text) => ({ text, caseSensitive: false })) });
const base = compileMatcher([
  entry('microbiome', ['microbiome']),
  entry('dysbiosis', ['dysbiosis']),
  entry('scfa', ['short-chain fatty acids']),
  entry('gut-brain-axis', ['gut-brain axis']),
  entry('fibre', ['dietary fibre']),
  entry('fmt', ['fecal microbiota transplantation']),
]);
const matcher = pdfTextMatcher(base);
/** Each match as the text it covers in the original, with its id. */
const found = (text: string) => matcher.find(text).map((m) => [m.id, text.slice(m.start, m.end)]);

describe('foldPdfText', () => {
  it('joins a word hyphenated across a line break and maps every character back', () => {
    const text = 'the micro-\nbiome of';
    const f = foldPdfText(text);
    expect(f.text).toBe('the microbiome of');
    expect(f.text.split('').map((_, i) => text[f.origin[i]!])).toEqual(f.text.split(''));
  });
  it('spells out ligatures, each letter pointing at the ligature', () => {
    const f = foldPdfText('dietary \uFB01bre, \uFB02ora, e\uFB03cacy');
    expect(f.text).toBe('dietary fibre, flora, efficacy');
    expect(f.origin.slice(8, 11)).toEqual([8, 8, 9]);
  });
  it('keeps the hyphen of a compound when asked, and leaves hyphens inside a line alone', () => {
    expect(foldPdfText('gut-\nbrain axis', true).text).toBe('gut-brain axis');
    expect(foldPdfText('short-chain fatty acids').text).toBe('short-chain fatty acids');
    // Not a word break: a dash before a number, or a line that ends in a dash after a space.
    expect(foldPdfText('IL-\n10 and gut -\nbrain').text).toBe('IL-\n10 and gut -\nbrain');
  });
  it('reads soft hyphens and spaces around the break as part of it', () => {
    expect(foldPdfText('dys\u00AD \n  biosis').text).toBe('dysbiosis');
  });
});

describe('pdfTextMatcher', () => {
  it('finds a term hyphenated across lines as one match over the original text', () => {
    expect(found('a balanced micro-\nbiome matters')).toEqual([['microbiome', 'micro-\nbiome']]);
  });
  it('finds a term written with a ligature', () => {
    expect(found('more dietary \uFB01bre daily')).toEqual([['fibre', 'dietary \uFB01bre']]);
  });
  it('finds a compound broken at its own hyphen, and the longest match where both readings match', () => {
    expect(found('the gut-\nbrain axis and short-\nchain fatty acids')).toEqual([
      ['gut-brain-axis', 'gut-\nbrain axis'],
      ['scfa', 'short-\nchain fatty acids'],
    ]);
  });
  it('finds terms across an ordinary line break, and matches as the base matcher on plain text', () => {
    const text = 'fecal microbiota\ntransplantation treats dysbiosis';
    expect(matcher.find(text)).toEqual(base.find(text));
    expect(found(text)).toEqual([
      ['fmt', 'fecal microbiota\ntransplantation'],
      ['dysbiosis', 'dysbiosis'],
    ]);
  });
  it('does not join two words a line break separates without a hyphen', () => {
    expect(found('micro\nbiome')).toEqual([]);
  });
});

describe('findInText', () => {
  const spans = (text: string, query: string) => findInText(text, query).map((r) => text.slice(r.start, r.end));
  it('finds every occurrence, ignoring case, across hyphenated line breaks and ligatures', () => {
    expect(spans('Micro-\nbiome and the microbiome; dietary \uFB01bre', 'microbiome')).toEqual(['Micro-\nbiome', 'microbiome']);
    expect(spans('dietary \uFB01bre', 'dietary fibre')).toEqual(['dietary \uFB01bre']);
  });
  it('matches any whitespace for a space, and takes the query literally', () => {
    expect(spans('gut\nbrain, gut  brain', 'gut brain')).toEqual(['gut\nbrain', 'gut  brain']);
    expect(spans('a (b) a.b axb', 'a.b')).toEqual(['a.b']);
  });
  it('finds a compound broken at its own hyphen as written, and a hyphenated word joined', () => {
    expect(spans('the gut-\nbrain axis; micro-\nbiome', 'gut-brain')).toEqual(['gut-\nbrain']);
    expect(spans('the gut-\nbrain axis; micro-\nbiome', 'microbiome')).toEqual(['micro-\nbiome']);
  });
  it('finds nothing for an empty query', () => {
    expect(findInText('text', '  ')).toEqual([]);
  });
});

describe('termsByPage', () => {
  it("counts each page's mentions as the reader's matcher reads them", () => {
    const pages = termsByPage(matcher, ['dysbiosis and micro-\nbiome, dysbiosis', '', 'dietary \uFB01bre']);
    expect(pages.map((p) => Object.fromEntries(p))).toEqual([{ dysbiosis: 2, microbiome: 1 }, {}, { fibre: 1 }]);
  });
});
