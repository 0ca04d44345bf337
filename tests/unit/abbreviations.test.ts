/** The Schwartz–Hearst abbreviation finder: what a text defines, and the brackets that define nothing. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bestLongForm, findDefinitions, isShortFormCandidate } from '../../glossary/abbreviations';

const pairs = (text: string) => findDefinitions(text).map((d) => [d.short, d.long]);

describe('definitions', () => {
  test.each([
    ["Patients with Crohn's disease (CD) were enrolled. CD patients", 'CD', "Crohn's disease"],
    ['Early rheumatoid arthritis (RA) responds to treatment.', 'RA', 'rheumatoid arthritis'],
    ["In Parkinson's disease (PD), constipation often comes first.", 'PD', "Parkinson's disease"],
    ['We compared germ-free (GF) mice with colonised ones.', 'GF', 'germ-free'],
    ['Fecal microbiota transplantation (FMT) cured most patients.', 'FMT', 'Fecal microbiota transplantation'],
    ['Mucosal dendritic cells (DCs) sample the lumen.', 'DCs', 'dendritic cells'],
    ['natural killer (NK) cells kill infected cells', 'NK', 'natural killer'],
    ['interleukin (IL)-10 is made by Tregs', 'IL', 'interleukin'],
    ['T helper (Th) 17 cells make IL-17', 'Th', 'T helper'],
    ['the investment banking division (IBD) reported', 'IBD', 'investment banking division'],
    ['The IBD (investment banking division) reported a loss.', 'IBD', 'investment banking division'],
    ['an automatic power control (APC) circuit', 'APC', 'automatic power control'],
    ['type 1 diabetes (T1D) in children', 'T1D', 'type 1 diabetes'],
  ])('%s → %s = %s', (text, short, long) => {
    expect(pairs(text)).toContainEqual([short, long]);
  });

  test('the first part of a bracket is the short form: "(CD; ref. 3)", "(UC, 2019)"', () => {
    expect(pairs('Crohn’s disease and ulcerative colitis (UC, see below) differ. Crohn disease (CD; ref. 3)')).toEqual([
      ['UC', 'ulcerative colitis'],
      ['CD', 'Crohn disease'],
    ]);
  });

  test('nested brackets: the outer definition is found, the inner one too', () => {
    expect(pairs('multiple sclerosis (MS (relapsing form)) and its model experimental autoimmune encephalomyelitis (EAE)')).toEqual([
      ['MS', 'multiple sclerosis'],
      ['EAE', 'experimental autoimmune encephalomyelitis'],
    ]);
  });

  test('the long form stops at the start of its clause', () => {
    expect(pairs('We studied mice. Dendritic cells (DCs) were sorted.')).toEqual([['DCs', 'Dendritic cells']]);
    expect(pairs('as shown: short-chain fatty acids (SCFAs)')).toEqual([['SCFAs', 'short-chain fatty acids']]);
  });

  test('a long form does not reach back past a comma', () => {
    expect(pairs('T helper cells, regulatory T cells (Tregs) and dendritic cells (DCs)')).toEqual([['DCs', 'dendritic cells']]);
  });

  test('deep, unbalanced and endless brackets are read in one pass', () => {
    expect(findDefinitions('('.repeat(100_000))).toEqual([]);
    expect(findDefinitions(`${'('.repeat(50_000)}dendritic cells (DCs)${')'.repeat(10)}`).map((d) => d.short)).toEqual(['DCs']);
    expect(findDefinitions('alpha beta gamma (ABG) '.repeat(5_000))).toHaveLength(5_000);
  });

  test('what follows a bracket that sits mid-term is kept ("cells" after "natural killer (NK)")', () => {
    expect(findDefinitions('natural killer (NK) cells').map((d) => d.next)).toEqual(['cells']);
    expect(findDefinitions('interleukin (IL)-10').map((d) => d.next)).toEqual(['']);
  });
});

describe('brackets that define nothing', () => {
  test.each([
    'Twelve patients (n = 12) received FMT.',
    'The difference was significant (p < 0.05) in IBD.',
    'Tregs expanded (Figure 2) after butyrate.',
    'Tregs expanded (Fig. 2B) after butyrate.',
    'as reported before (2019) in mice',
    'as reported before (Smith et al., 2019) in mice',
    'some fibres (e.g. inulin) feed bacteria',
    'Crohn disease (see Table 1)',
    'patients with IBD (n = 40)',
    'the gut (GI) tract',
    'CD4+ T cells (CD4+) were counted',
    'an unclosed bracket (IBD',
    'an empty bracket () here',
    'Tregs (TREGS) here',
  ])('%s', (text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe('short forms and the long-form search', () => {
  test('a short form is one word with an upper-case letter', () => {
    for (const s of ['CD', 'IL-10', 'T1D', 'DCs', 'Th', 'MHC-II']) expect(isShortFormCandidate(s)).toBe(true);
    for (const s of ['n = 12', '2019', 'e.g.', 'see', 'p', 'A', 'Figure 2', 'ABCDEFGHIJK', '-CD']) expect(isShortFormCandidate(s)).toBe(false);
  });

  test('the first letter must start a word; later ones may sit inside one', () => {
    expect(bestLongForm('GF', 'germ-free')).toBe('germ-free');
    expect(bestLongForm('CD', 'with Crohn’s disease')).toBe('Crohn’s disease');
    expect(bestLongForm('ID', 'the data')).toBeNull();
    expect(bestLongForm('PD', 'patients with Parkinson disease')).toBe('Parkinson disease');
  });

  test('property: a long form built from capitalised words is found for its initials', () => {
    const word = fc.stringMatching(/^[a-z]{2,9}$/);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 4 }), fc.array(word, { minLength: 2, maxLength: 4 }), (lead, longWords) => {
        const short = longWords.map((w) => w[0]!.toUpperCase()).join('');
        const long = longWords.join(' ');
        const found = findDefinitions(`${[...lead, long].join(' ')} (${short}) was measured.`);
        expect(found[0]?.short).toBe(short);
        // The found long form ends with the true one's last word and holds all its initials.
        expect(found[0]!.long.endsWith(long.split(' ').at(-1)!)).toBe(true);
        expect(long.endsWith(found[0]!.long)).toBe(true);
      }),
    );
  });

  test('property: arbitrary text never throws, and every definition is taken from the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', 'c', 'D', ' ', '(', ')', ';', ',', '.', '-', '1') , maxLength: 80 }), (text) => {
        for (const d of findDefinitions(text)) {
          expect(text.includes(d.short)).toBe(true);
          expect(text.replace(/\s+/g, ' ').includes(d.long)).toBe(true);
          expect(isShortFormCandidate(d.short)).toBe(true);
        }
      }),
    );
  });
});
