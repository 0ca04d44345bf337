import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileForms, compileMatcher, matcherFrom, type MatchEntry } from '../../glossary/matcher';
import { canonical } from '../../glossary/normalize';

const entry = (id: string, words: string[], abbreviations: string[] = []): MatchEntry => ({
  id,
  forms: [
    ...words.map((text) => ({ text, caseSensitive: false })),
    ...abbreviations.map((text) => ({ text, caseSensitive: true })),
  ],
});

const GLOSSARY: MatchEntry[] = [
  entry('dysbiosis', ['dysbiosis']),
  entry('tregs', ['regulatory T cells', 'regulatory T cell'], ['Tregs', 'Treg']),
  entry('t-cells', ['T cells', 'T cell']),
  entry('ibd', ['inflammatory bowel disease'], ['IBD']),
  entry('fmt', ['fecal microbiota transplantation'], ['FMT']),
  entry('scfa', ['short-chain fatty acids', 'short-chain fatty acid'], ['SCFAs', 'SCFA']),
  entry('gut-brain-axis', ['gut-brain axis']),
  entry('crohns', ["Crohn's disease", "Crohn's"]),
  entry('il-10', ['interleukin-10'], ['IL-10']),
  entry('cd70', [], ['CD70']),
  entry('butyrate', ['butyrate']),
  entry('acetate', ['acetate']),
  entry('inflammatory', ['inflammatory']),
  entry('microbiome', ['microbiome']),
  entry('cafe', ['café']),
];
const matcher = compileMatcher(GLOSSARY);

/** [snippet of the original text, id] for each match. */
const found = (text: string, m = matcher) => m.find(text).map((x) => [text.slice(x.start, x.end), x.id]);
const ids = (text: string, m = matcher) => m.find(text).map((x) => x.id);

describe('compileMatcher basics', () => {
  it('finds words case-insensitively and reports original offsets', () => {
    expect(matcher.find('Gut dysbiosis!')).toEqual([{ start: 4, end: 13, id: 'dysbiosis' }]);
    expect(ids('Dysbiosis and DYSBIOSIS')).toEqual(['dysbiosis', 'dysbiosis']);
  });
  it('matches case-sensitive abbreviations only in their own case', () => {
    expect(ids('Tregs')).toEqual(['tregs']);
    expect(ids('tregs')).toEqual([]);
    expect(ids('TREGS')).toEqual([]);
    expect(ids('IBD')).toEqual(['ibd']);
    expect(ids('ibd or Ibd')).toEqual([]);
    expect(ids('Treg')).toEqual(['tregs']);
  });
  it('counts distinct forms and handles empty input', () => {
    expect(matcher.formCount).toBe(26);
    expect(matcher.find('')).toEqual([]);
    expect(compileMatcher([]).find('anything')).toEqual([]);
    expect(compileMatcher([]).formCount).toBe(0);
  });
});

describe('punctuation, brackets and possessives', () => {
  it.each([
    ['SCFAs, which', 'SCFAs'],
    ['therapy (FMT) works', 'FMT'],
    ['Tregs.', 'Tregs'],
    ['[IL-10]', 'IL-10'],
    ['“dysbiosis”', 'dysbiosis'],
    ['"dysbiosis"', 'dysbiosis'],
    ["FMT's success", 'FMT'],
    ['FMT’s success', 'FMT'],
    ['IBD-associated', 'IBD'],
    ['SCFA-producing bacteria', 'SCFA'],
    ['butyrate-producing', 'butyrate'],
    ['IL-10;', 'IL-10'],
    ['CD70/', 'CD70'],
    ['CD70.', 'CD70'],
    ['end of IL-10.', 'IL-10'],
  ])('%s', (text, snippet) => {
    expect(found(text).map(([s]) => s)).toEqual([snippet]);
  });
  it("matches Crohn's with a curly, straight or modifier apostrophe", () => {
    for (const a of ["'", '’', 'ʼ', '‘']) expect(found(`Crohn${a}s disease`)).toEqual([[`Crohn${a}s disease`, 'crohns']]);
    expect(found('Crohn’s')).toEqual([['Crohn’s', 'crohns']]);
  });
});

describe('typography folding', () => {
  it('matches across NBSP, narrow NBSP, tabs and line breaks', () => {
    expect(found('regulatory\u00A0T cells')).toEqual([['regulatory\u00A0T cells', 'tregs']]);
    expect(found('regulatory\u202FT\tcells')).toEqual([['regulatory\u202FT\tcells', 'tregs']]);
    expect(found('the gut-brain\n   axis')).toEqual([['gut-brain\n   axis', 'gut-brain-axis']]);
    expect(found('regulatory\r\nT cells')).toEqual([['regulatory\r\nT cells', 'tregs']]);
  });
  it('treats spaces, hyphens and dashes between words alike', () => {
    for (const t of ['gut brain axis', 'gut–brain axis', 'gut—brain axis', 'gut\u2011brain axis', 'gut - brain axis', 'gut-\nbrain axis', 'gut brain-axis'])
      expect(found(t)).toEqual([[t, 'gut-brain-axis']]);
    expect(found('interleukin–10')).toEqual([['interleukin–10', 'il-10']]);
    expect(found('IL–10 and IL 10')).toEqual([['IL–10', 'il-10'], ['IL 10', 'il-10']]);
    expect(found('shortchain fatty acids')).toEqual([]);
  });
  it('ignores soft hyphens and zero-width characters inside a term', () => {
    expect(found('dys\u00ADbiosis')).toEqual([['dys\u00ADbiosis', 'dysbiosis']]);
    expect(found('dys\u200Bbio\u200Csis\u200D')).toEqual([['dys\u200Bbio\u200Csis', 'dysbiosis']]);
    expect(found('I\u2060B\uFEFFD')).toEqual([['I\u2060B\uFEFFD', 'ibd']]);
  });
  it('maps offsets back past invisible characters before the match', () => {
    const text = '\u00AD\u200B\uFEFF  x\u00A0\u00A0\u200Bdysbiosis\u200B and \u00ADTregs';
    const ms = matcher.find(text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['dysbiosis', 'Tregs']);
    expect(ms[0]).toEqual({ start: text.indexOf('dys'), end: text.indexOf('dys') + 9, id: 'dysbiosis' });
  });
  it('handles NFD input (base letter + combining mark) and astral characters', () => {
    expect(found('cafe\u0301 au lait')).toEqual([['cafe\u0301', 'cafe']]);
    expect(found('café')).toEqual([['café', 'cafe']]);
    expect(found('cafe\u0301\u0301')).toEqual([]); // mark left over: still inside a word
    expect(found('caf')).toEqual([]);
    expect(found('𝒳 dysbiosis 😀 IBD 😀')).toEqual([['dysbiosis', 'dysbiosis'], ['IBD', 'ibd']]);
    expect(found('😀dysbiosis')).toEqual([['dysbiosis', 'dysbiosis']]); // an emoji is not a letter
  });
});

describe('word boundaries', () => {
  it('never matches inside a longer word or token', () => {
    for (const t of ['IBDX', 'pIBD', 'XFMT', 'CD70L', 'CD701', 'CD70-2', 'CD70.5', 'IL-10.5', 'IL-10-2', 'IBD/UC', 'ethylacetate', 'hydroxybutyrate', 'butyrates', 'dysbiosis_x', 'x_dysbiosis', '1dysbiosis'])
      expect(found(t), t).toEqual([]);
  });
  it('does not match a case-sensitive form after "<alnum>-" (compound identifiers)', () => {
    expect(found('anti-CD70')).toEqual([]);
    expect(found('ABC-FMT')).toEqual([]);
    expect(found('non-IBD patients')).toEqual([]);
    expect(found('non–IBD')).toEqual([]);
    expect(found('non IBD')).toEqual([['IBD', 'ibd']]);
    expect(found('-IBD')).toEqual([['IBD', 'ibd']]);
  });
  it('lets word forms follow a hyphenated prefix', () => {
    expect(found('anti-inflammatory')).toEqual([['inflammatory', 'inflammatory']]);
    expect(found('the gut-microbiome link')).toEqual([['microbiome', 'microbiome']]);
  });
});

describe('longest match', () => {
  it('prefers the longest form at a position, across entries', () => {
    expect(found('regulatory T cells')).toEqual([['regulatory T cells', 'tregs']]);
    expect(found('regulatory T cell')).toEqual([['regulatory T cell', 'tregs']]);
    expect(found('T cells and T cell')).toEqual([['T cells', 't-cells'], ['T cell', 't-cells']]);
    expect(found('short-chain fatty acids (SCFAs)')).toEqual([['short-chain fatty acids', 'scfa'], ['SCFAs', 'scfa']]);
  });
  it('backtracks to a shorter form when the longer one fails a boundary', () => {
    expect(found('regulatory T cellsX T cells')).toEqual([['T cells', 't-cells']]);
    const m = compileMatcher([entry('a', ['gut']), entry('b', ['gut flora'])]);
    expect(found('gut florax', m)).toEqual([['gut', 'a']]);
    expect(found('gut flora.', m)).toEqual([['gut flora', 'b']]);
  });
  it('falls back to a shorter form when the longest has the wrong case', () => {
    const m = compileMatcher([entry('gut', ['gut']), entry('gutx', [], ['GUT FLORA'])]);
    expect(found('GUT FLORA gut flora', m)).toEqual([['GUT FLORA', 'gutx'], ['gut', 'gut']]);
  });
  it('returns non-overlapping matches in order', () => {
    const m = compileMatcher([entry('ab', ['a b']), entry('bc', ['b c'])]);
    expect(found('a b c b c', m)).toEqual([['a b', 'ab'], ['b c', 'bc']]);
  });
});

describe('glossary edge cases', () => {
  it('treats regex metacharacters literally', () => {
    const m = compileMatcher([
      entry('cpp', [], ['C++']),
      entry('il', ['(IL)-10']),
      entry('net', ['.NET']),
      entry('ab', ['a|b']),
      entry('x', ['[x]']),
      entry('bs', ['\\\\']),
      entry('dollar', ['$^']),
      entry('star', ['x*y?']),
    ]);
    expect(found('C++ and (IL)-10 on .NET, a|b [x] \\\\ $^ x*y?', m)).toEqual([
      ['C++', 'cpp'], ['(IL)-10', 'il'], ['.NET', 'net'], ['a|b', 'ab'], ['[x]', 'x'], ['\\\\', 'bs'], ['$^', 'dollar'], ['x*y?', 'star'],
    ]);
    expect(found('C+ Cx a b ab x xxyy', m)).toEqual([]);
  });
  it('ignores forms shorter than two characters', () => {
    const m = compileMatcher([entry('a', ['a', ' b ', '\u00AD', '', '-', '\\']), entry('ok', ['ok'])]);
    expect(m.formCount).toBe(1);
    expect(found('a b - \\ ok', m)).toEqual([['ok', 'ok']]);
  });
  it('lets the last entry claiming a form win', () => {
    const m = compileMatcher([entry('builtin', ['microbiome', 'gut']), entry('user', ['Microbiome'])]);
    expect(ids('microbiome gut', m)).toEqual(['user', 'builtin']);
    const cs = compileMatcher([entry('builtin', ['ibd']), entry('user', [], ['IBD'])]);
    expect(ids('ibd IBD', cs)).toEqual(['user']);
    const same = compileMatcher([entry('e', ['treg'], ['TREG'])]);
    expect(ids('treg Treg TREG', same)).toEqual(['e', 'e', 'e']);
  });
  it('keeps leading and trailing hyphens of a form literal', () => {
    const m = compileMatcher([entry('ase', ['-ase'])]);
    expect(found('lip -ase ase', m)).toEqual([['-ase', 'ase']]);
  });
});

describe('performance on adversarial input', () => {
  const big = compileMatcher([
    ...GLOSSARY,
    entry('aaa', ['aaaaaaaaab', 'aaaa aaaa b', 'a-a-a-a-a-c']),
    entry('ttt', ['T T T T T T x', 'T-T-T-T y']),
    entry('dash', ['- - - - z', '--x']),
  ]);
  it.each([
    ['a', 'a'.repeat(1e6)],
    ['a a', 'a '.repeat(5e5)],
    ['T T', 'T '.repeat(5e5)],
    ['- -', '- '.repeat(5e5)],
    ['a-', 'a-'.repeat(5e5)],
    ['nbsp', 'T\u00A0\u00AD'.repeat(3e5)],
    ['tregs', 'tregs '.repeat(2e5)],
  ])('1 MB of %s finishes', (_, text) => {
    expect(Array.isArray(big.find(text))).toBe(true);
  });
});

describe('properties', () => {
  const formChars = fc.constantFrom('a', 'b', 'A', 'B', 'é', ' ', '-', '+', '(', ')', '.', '|', '[', ']', '\\', '$', '^', '*', '?', "'", '1');
  const textChars = fc.constantFrom(
    'a', 'b', 'A', 'B', 'é', 'e\u0301', ' ', '-', '+', '(', '.', '|', '[', '\\', '$', '*', "'", '1', '_', 'x',
    '\u00A0', '\u00AD', '\u200B', '–', '’', 'ʼ', '´', '\n', '\t', '😀',
  );
  const formText = fc.array(formChars, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
  const form = fc.record({ text: formText, caseSensitive: fc.boolean() });
  const glossary = fc.array(fc.record({ id: fc.constantFrom('e1', 'e2', 'e3', 'e4'), forms: fc.array(form, { maxLength: 4 }) }), { maxLength: 5 });
  const text = fc.array(fc.oneof(textChars, formText), { maxLength: 40 }).map((a) => a.join(''));
  /** Equality up to case, typography, and the length of separator runs. */
  const loose = (s: string) => canonical(s).toLowerCase().replace(/[ -]+/g, '~');

  it('never throws; matches are ordered, disjoint, in bounds and are forms of their entry', () => {
    fc.assert(
      fc.property(glossary, text, (entries, t) => {
        const ms = compileMatcher(entries).find(t);
        let last = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          last = m.end;
          const forms = entries.filter((e) => e.id === m.id).flatMap((e) => e.forms.map((f) => loose(f.text)));
          expect(forms).toContain(loose(t.slice(m.start, m.end)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('ignores invisible characters and typographic variants', () => {
    const units = fc.array(fc.oneof(textChars, formText), { maxLength: 30 });
    const invisible = fc.constantFrom('', '', '\u00AD', '\u200B', '\u200D', '\u2060', '\uFEFF');
    fc.assert(
      fc.property(glossary, units, fc.infiniteStream(invisible), (entries, parts, inv) => {
        const m = compileMatcher(entries);
        const plain = parts.join('');
        const noisy = parts.map((p) => p + (inv.next().value as string)).join('');
        const typographic = plain.replace(/ /g, '\u00A0').replace(/'/g, '’').replace(/-/g, '–');
        const expected = found(plain, m);
        // Compared without invisible characters: the plain text may hold some of its own.
        const visible = (ms: (string | undefined)[][]) => ms.map(([s, id]) => [s!.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ''), id]);
        expect(visible(found(noisy, m))).toEqual(visible(expected));
        expect(found(typographic, m).map(([, id]) => id)).toEqual(expected.map(([, id]) => id));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a form inserted between spaces', () => {
    fc.assert(
      fc.property(form, text, text, (f, before, after) => {
        fc.pre(canonical(f.text).length >= 2);
        const t = `${before} ${f.text} ${after}`;
        const start = before.length + 1;
        const end = start + f.text.length;
        const ms = compileMatcher([{ id: 'x', forms: [f] }]).find(t);
        expect(ms.some((m) => m.start < end && m.end > start)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('case folding without a case-insensitive RegExp', () => {
  const m = compileMatcher([
    entry('syndrome', ['σύνδρομο']),
    entry('kolpos', ['κόλπος']),
    entry('istanbul', ['İstanbul strain']),
    entry('ubersicht', ['Übersicht']),
    entry('tregs', [], ['Tregs']),
  ]);
  const ids = (text: string) => m.find(text).map((x) => [text.slice(x.start, x.end), x.id]);
  it('matches any case of non-ASCII words, final sigma included', () => {
    expect(ids('ΣΎΝΔΡΟΜΟ and Σύνδρομο')).toEqual([['ΣΎΝΔΡΟΜΟ', 'syndrome'], ['Σύνδρομο', 'syndrome']]);
    expect(ids('ΚΌΛΠΟΣ, κόλποσ')).toEqual([['ΚΌΛΠΟΣ', 'kolpos'], ['κόλποσ', 'kolpos']]);
    expect(ids('ÜBERSICHT über Übersicht')).toEqual([['ÜBERSICHT', 'ubersicht'], ['Übersicht', 'ubersicht']]);
  });
  it('keeps offsets right around characters whose lower case is longer (İ)', () => {
    expect(ids('An İstanbul strain. İİ Tregs')).toEqual([['İstanbul strain', 'istanbul'], ['Tregs', 'tregs']]);
  });
  it('still tells case-sensitive forms apart', () => {
    expect(ids('tregs TREGS Tregs')).toEqual([['Tregs', 'tregs']]);
  });
});

describe('an abbreviation in brackets inside a term', () => {
  const m = compileMatcher([
    entry('nk-cells', ['natural killer cells'], ['NK cells']),
    entry('il-10', ['interleukin-10'], ['IL-10']),
    entry('th17-cells', ['T helper 17 cells', 'Th17 cells'], ['Th17']),
    entry('germ-free', ['germ-free mice']),
    entry('tregs', ['regulatory T cells']),
  ]);
  it.each([
    ['natural killer (NK) cells kill', 'natural killer (NK) cells', 'nk-cells'],
    ['made by interleukin (IL)-10 and', 'interleukin (IL)-10', 'il-10'],
    ['T helper (Th) 17 cells make', 'T helper (Th) 17 cells', 'th17-cells'],
    ['germ-free (GF) mice', 'germ-free (GF) mice', 'germ-free'],
    ['regulatory T (Treg) cells', 'regulatory T (Treg) cells', 'tregs'],
  ])('%s', (text, snippet, id) => {
    expect(found(text, m)).toEqual([[snippet, id]]);
  });
  it('only a short bracketed word: asides and numbers are not part of a term', () => {
    expect(found('natural killer (n = 12) cells', m)).toEqual([]);
    expect(found('natural killer (2019) cells', m)).toEqual([]);
    expect(found('natural killer (see below) cells', m)).toEqual([]);
    expect(found('natural killer(NK)cells', m)).toEqual([]);
  });
  it('the bracket alone is not a term: a form still needs its words', () => {
    expect(found('the (NK) cells', m)).toEqual([]);
    expect(found('NK cells (NK)', m)).toEqual([['NK cells', 'nk-cells']]);
  });
});

describe('forms compiled once and sent to a page', () => {
  it('match exactly as the glossary compiled in place, after a structured clone', () => {
    const sent = structuredClone(compileForms(GLOSSARY));
    const here = compileMatcher(GLOSSARY);
    const there = matcherFrom(sent);
    const texts = [
      'Gut dysbiosis and IBD; ibd is not an abbreviation here, nor is anti-IBD.',
      'The gut–brain\naxis, short-chain fatty acids and Tregs’ role.',
      '',
    ];
    for (const t of texts) expect(there.find(t)).toEqual(here.find(t));
    expect(there.formCount).toBe(here.formCount);
    expect(matcherFrom(compileForms([])).find('anything')).toEqual([]);
  });
});
