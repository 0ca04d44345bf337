/** Ranking on the real glossary: each query and the entry it must return first. */
import { describe, expect, test } from 'vitest';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { buildGlossary } from '../../glossary/glossary';
import { createSearch, createSuggest, editDistance, foundAs, namedPart } from '../../glossary/search';

const glossary = buildGlossary(builtInEntries, builtInSections);
const search = createSearch(glossary.entries, glossary.sections);
const suggest = createSuggest(glossary.entries);

describe('the first result', () => {
  test.each([
    ['regulatory', 'tregs'],
    ['Tregs', 'tregs'],
    ['treg', 'tregs'],
    ['SCFA', 'scfas'],
    ['short chain', 'scfas'],
    ['chrons', 'crohns-disease'],
    ['crohns', 'crohns-disease'],
    ['bifido', 'bifidobacterium'],
    ['fecal transplant', 'fmt'],
    ['faecal', 'fmt'],
    ['FMT', 'fmt'],
    ['imbalance of gut bacteria', 'dysbiosis'],
    ['dysbiosis', 'dysbiosis'],
    ['leaky gut', 'gut-barrier'],
    ['e coli', 'e-coli'],
    ['IL-10', 'il-10'],
    ['il10', 'il-10'],
    ['vagus', 'vagus-nerve'],
    ['probiotcs', 'probiotics'],
    ['lactobacilus', 'lactobacillus'],
    ['Peyer', 'peyers-patches'],
    ['peyers patches', 'peyers-patches'],
    ['germ free', 'germ-free-animals'],
    ['butyrat', 'butyrate'],
    ['gut brain', 'gut-brain-axis'],
    // How people ask: question words and words that ask about a term.
    ['what are tregs', 'tregs'],
    ['what is dysbiosis', 'dysbiosis'],
    ['What is dysbiosis?', 'dysbiosis'],
    ['dysbiosis definition', 'dysbiosis'],
    ['definition of dysbiosis', 'dysbiosis'],
    ['ibs symptoms', 'ibs'],
    ['what causes ibd', 'ibd'],
    ['crohns symptoms', 'crohns-disease'],
    ['multiple sclerosis symptoms', 'multiple-sclerosis'],
    ['what is a treg', 'tregs'],
    ['what is fmt', 'fmt'],
    ['define probiotics', 'probiotics'],
    ['what is the gut microbiome?', 'gut-microbiome'],
    ['what does butyrate do', 'butyrate'],
    ['what are dendritic cells', 'dendritic-cells'],
    ['what are cytokines', 'cytokines'],
    ['what is adaptive immunity', 'adaptive-immunity'],
    ['how does the vagus nerve work', 'vagus-nerve'],
    ['what is the blood brain barrier', 'blood-brain-barrier'],
    ['meaning of commensal bacteria', 'commensal-bacteria'],
    ['tell me about peyers patches', 'peyers-patches'],
    // Lay words, extra words and spellings.
    ['treg cells', 'tregs'],
    ['c.diff', 'c-difficile'],
    ['C diff', 'c-difficile'],
    ['c. diff', 'c-difficile'],
    ['poop transplant', 'fmt'],
    ['stool transplant', 'fmt'],
    ['gut flora', 'gut-microbiome'],
    ['gut brain connection', 'gut-brain-axis'],
    ['germ free mice', 'germ-free-animals'],
    ['nk cells', 'nk-cells'],
    ['natural killer', 'nk-cells'],
    ['probiotic', 'probiotics'],
    ['prebiotic', 'prebiotics'],
    ['fermented food', 'fermented-foods'],
    ['fiber', 'dietary-fibre'],
    ['antibiotics diarrhea', 'antibiotic-associated-diarrhoea'],
    ['bifidobacteria', 'bifidobacterium'],
    ['e. coli', 'e-coli'],
    ['interleukin 10', 'il-10'],
    ['MS', 'multiple-sclerosis'],
    ['DC', 'dendritic-cells'],
    // A hallmark the entry does not match on pages still finds it.
    ['IL-17', 'th17-cells'],
  ])('%s → %s', (query, id) => {
    expect(search(query)[0]?.id).toBe(id);
  });
});

test('"friendly bacteria" finds the helpful microbes (commensal bacteria, or probiotics if the glossary names them so)', () => {
  expect(['commensal-bacteria', 'probiotics']).toContain(search('friendly bacteria')[0]?.id);
});

test('FOXP3 finds its own entry first (it names the gene that regulatory T cells depend on)', () => {
  expect(search('FOXP3')[0]?.id).toBe('foxp3');
});

describe('a query that names an entry brings no unrelated results after it', () => {
  test.each([
    ['treg cells', ['tregs']],
    ['what are tregs', ['tregs']],
    ['what is dysbiosis', ['dysbiosis']],
    ['leaky gut', ['gut-barrier']],
    ['ibs symptoms', ['ibs']],
    ['MS', ['multiple-sclerosis']],
    ['vagus', ['vagus-nerve']],
    ['c. diff', ['c-difficile']],
  ])('%s', (query, ids) => {
    expect(search(query).map((e) => e.id)).toEqual(ids);
  });

  test('"friendly bacteria" lists no cytokine', () => {
    expect(search('friendly bacteria').map((e) => e.id)).not.toContain('il-10');
  });

  test('entries whose definition names the query stay ("acetate" → short-chain fatty acids)', () => {
    expect(search('acetate').map((e) => e.id)).toEqual(['acetate', 'scfas']);
  });
});

describe('a result found through something other than its name says why', () => {
  const why = (query: string) => {
    const top = search(query)[0]!;
    return foundAs(top, query);
  };
  test.each([
    ['leaky gut', { form: 'leaky gut', kind: 'alias' }],
    ['what is leaky gut?', { form: 'leaky gut', kind: 'alias' }],
    ['poop transplant', { form: 'poop transplant', kind: 'alias' }],
    ['IL-17', { form: 'IL-17', kind: 'related' }],
  ])('%s', (query, expected) => {
    expect(why(query)).toEqual(expected);
  });
  test('spellings that differ only in spacing or case still say which form found them', () => {
    expect(why('c.diff')?.form.toLowerCase().replace(/\s/g, '')).toBe('c.diff');
    expect(why('friendly bacteria')?.form.toLowerCase()).toBe('friendly bacteria');
  });
  test('nothing to explain when the query names the term', () => {
    expect(why('dysbiosis')).toBeUndefined();
    expect(why('what are regulatory T cells')).toBeUndefined();
    expect(why('gut barrier')).toBeUndefined();
  });
});

test('asking words are set aside only when something is left', () => {
  expect(namedPart('what are tregs')).toBe('tregs');
  expect(namedPart('ibs symptoms')).toBe('ibs');
  expect(namedPart('what is it?')).toBe('it');
  expect(namedPart('symptoms')).toBe('symptoms');
});

test('nothing for empty, blank or nonsense queries; hostile ones do not throw', () => {
  expect(search('')).toEqual([]);
  expect(search('   ')).toEqual([]);
  expect(search('zzqxv')).toEqual([]);
  expect(() => search('(.*')).not.toThrow();
  expect(() => search('a'.repeat(200))).not.toThrow();
});

test('exact matches outrank prefixes, which outrank definition matches', () => {
  const ids = search('acetate').map((e) => e.id);
  expect(ids[0]).toBe('acetate');
  expect(ids).toContain('scfas'); // its definition names acetate
});

test('suggestions for a query with no result', () => {
  expect(search('dysbiosys').length === 0 ? suggest('dysbiosys')[0]?.id : search('dysbiosys')[0]?.id).toBe('dysbiosis');
  expect(suggest('xq')).toEqual([]);
});

test('edit distance counts a transposition as one edit', () => {
  expect(editDistance('crohns', 'chrons', 2)).toBe(2);
  expect(editDistance('probiotcs', 'probiotics', 2)).toBe(1);
  expect(editDistance('ab', 'ba', 2)).toBe(1);
  expect(editDistance('abc', 'xyzuvw', 1)).toBe(2);
});
