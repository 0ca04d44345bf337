/** Abbreviations a page defines, mapped onto the real glossary: learned short forms match on that page only; a page's own meaning beats the glossary's. */
import { describe, expect, test } from 'vitest';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { buildGlossary } from '../../glossary/glossary';
import { compileMatcher } from '../../glossary/matcher';
import { learnedFor, learnPageTerms, withPageTerms } from '../../glossary/page-terms';

const entries = buildGlossary(builtInEntries, builtInSections).matchEntries;
const glossary = compileMatcher(entries);

/** Highlights of `text` once the page has taught the matcher what it defines: [text, id]. */
function highlights(text: string): [string, string][] {
  const m = withPageTerms(glossary, learnPageTerms(text, glossary, entries));
  return m.find(text).map((x) => [text.slice(x.start, x.end), x.id]);
}

describe('short forms the page defines as a glossary term', () => {
  test.each([
    ["Crohn's disease (CD) is chronic. Most CD patients", 'CD', 'crohns-disease'],
    ['Early rheumatoid arthritis (RA) is treatable; early RA responds.', 'RA', 'rheumatoid-arthritis'],
    ["Parkinson's disease (PD) starts in the gut, and PD is common.", 'PD', 'parkinsons-disease'],
    ['germ-free (GF) mice lack microbes. GF and SPF animals differ.', 'GF', 'germ-free-animals'],
    ['dendritic cells (DCs) present antigen. A DC migrates.', 'DC', 'dendritic-cells'],
    ['ulcerative colitis (UC) affects the colon. UC flares', 'UC', 'ulcerative-colitis'],
    ['multiple sclerosis (MS) is autoimmune. In MS, lesions', 'MS', 'multiple-sclerosis'],
    ['antigen-presenting cells (APCs) such as an APC', 'APC', 'antigen-presenting-cells'],
    ['natural killer (NK) cells, and NK activity', 'NK', 'nk-cells'],
  ])('%s: %s → %s', (text, short, id) => {
    expect(highlights(text)).toContainEqual([short, id]);
  });

  test('a short form the glossary refuses stays unmarked on a page that does not define it', () => {
    expect(highlights('Burn it to a CD, then fly to Washington, DC; the RA and PD were there.')).toEqual([]);
  });

  test('only the exact case is learned: "cd" and "Cd" are not "CD"', () => {
    expect(highlights("Crohn's disease (CD). The cd drive and Cd (cadmium).").map(([t]) => t)).toEqual(["Crohn's disease", 'CD']);
  });

  test('each block of the page is read with what the whole page defines, singular or plural', () => {
    const page = withPageTerms(glossary, learnPageTerms("Dendritic cells (DCs) and Crohn's disease (CD).", glossary, entries));
    const ids = (text: string) => page.find(text).map((m) => [text.slice(m.start, m.end), m.id]);
    expect(ids('A DC migrates.')).toEqual([['DC', 'dendritic-cells']]);
    expect(ids('Most CDs flare.')).toEqual([['CDs', 'crohns-disease']]);
  });

  test('a longer glossary form that overlaps a learned one wins ("GF mice")', () => {
    expect(highlights('germ-free (GF) mice. GF mice were colonised.')).toContainEqual(['GF mice', 'germ-free-animals']);
  });
});

describe("the page's own meaning beats the glossary's", () => {
  test.each([
    ['The investment banking division (IBD) grew. IBD bonuses rose; IBDs merged.', 'IBD'],
    ['The IBD (investment banking division) grew. IBD bonuses rose.', 'IBD'],
    ['A faint magnetic trap (FMT) holds atoms; the FMT depth', 'FMT'],
    ['Irish Bowling Society (IBS) results: IBS won.', 'IBS'],
  ])('%s', (text, short) => {
    expect(highlights(text).filter(([t]) => t.startsWith(short))).toEqual([]);
  });

  test('the page keeps its glossary terms that it does not redefine', () => {
    expect(highlights('The investment banking division (IBD) funds research on dysbiosis.')).toEqual([['dysbiosis', 'dysbiosis']]);
  });

  test('a long form spelt another way that shares a word with the glossary meaning keeps it', () => {
    expect(highlights('Fecal microbial transplantation (FMT) works; FMT cures.').filter(([t]) => t === 'FMT')).toEqual([
      ['FMT', 'fmt'],
      ['FMT', 'fmt'],
    ]);
    expect(learnPageTerms('Fecal microbial transplantation (FMT) works.', glossary).abbreviations.get('FMT')?.id).toBeNull();
  });

  test('a long form that names the glossary meaning within more words keeps it', () => {
    const page = learnPageTerms('Children with paediatric inflammatory bowel disease (IBD) grow slowly.', glossary);
    expect(page.abbreviations.get('IBD')?.id).toBe('ibd');
  });
});

test('learnedFor tells the card which definition a highlight comes from', () => {
  const page = learnPageTerms("Crohn's disease (CD) and dendritic cells (DCs).", glossary);
  expect(learnedFor(page, 'CD', 'crohns-disease')?.long).toBe("Crohn's disease");
  expect(learnedFor(page, 'DCs', 'dendritic-cells')?.long).toBe('dendritic cells');
  expect(learnedFor(page, 'CD', 'cd70')).toBeUndefined();
  expect(learnedFor(page, 'IBD', 'ibd')).toBeUndefined();
});


test('a page that brings its text in later (a feed, an app) shows its topic as it comes', () => {
  // At start the page holds nothing to learn from.
  const page = withPageTerms(glossary, learnPageTerms('', glossary, entries));
  const ids = (text: string) => page.find(text).map((x) => x.id);
  expect(ids('Is IBS in the news?')).toEqual([]);
  // Then it loads an article about the gut: its unambiguous terms show the topic …
  ids('Dysbiosis and regulatory T cells were studied in people with Crohn’s disease.');
  // … and the initials it uses later read as ours.
  expect(ids('Is IBS in the news?')).toEqual(['ibs']);
});

test('a definition in text read later (a feed item, the rest of a long paper) holds from there on', () => {
  const terms = learnPageTerms('A page about other things.', glossary, entries);
  const page = withPageTerms(glossary, terms);
  const found = (text: string) => page.find(text).map((x) => [text.slice(x.start, x.end), x.id]);
  expect(found('CD patients')).toEqual([]);
  expect(found("Later: Crohn's disease (CD) runs in families.")).toContainEqual(['CD', 'crohns-disease']);
  expect(found('Most CD patients')).toEqual([['CD', 'crohns-disease']]);
  expect(learnedFor(terms, 'CD', 'crohns-disease')?.long).toBe("Crohn's disease");
  // The first definition still wins, and a page's own meaning read later blocks the glossary's.
  found('compact disc (CD) players');
  expect(found('Most CD patients')).toEqual([['CD', 'crohns-disease']]);
  found('The investment banking division (IBD) grew.');
  expect(found('IBD results')).toEqual([]);
});

test('text beyond the opening the page is read for first is still read for definitions', () => {
  const opening = 'Filler sentence about nothing in particular. '.repeat(2000);
  const terms = learnPageTerms(`${opening}Germ-free (GF) mice were used.`, glossary, entries);
  expect(terms.abbreviations.has('GF')).toBe(false);
  const page = withPageTerms(glossary, terms);
  page.find('Germ-free (GF) mice were used.');
  expect(page.find('GF mice').map((x) => x.id)).toEqual(['germ-free-animals']);
});
