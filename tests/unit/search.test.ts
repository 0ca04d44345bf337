/** Ranking on the real glossary: each query and the entry it must return first. */
import { describe, expect, test } from 'vitest';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { buildGlossary } from '../../glossary/glossary';
import { createSearch, createSuggest, editDistance } from '../../glossary/search';

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
  ])('%s → %s', (query, id) => {
    expect(search(query)[0]?.id).toBe(id);
  });
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
