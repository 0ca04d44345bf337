import { expect, test } from 'vitest';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { faqExcerpt, splitSentences } from '../../glossary/faq-excerpt';
import { buildGlossary, entryView } from '../../glossary/glossary';
import type { Section } from '../../glossary/schema';

const g = buildGlossary(builtInEntries, builtInSections);
const excerptOf = (id: string) => entryView(g, id)!.section!.excerpt;
const text = (id: string) => excerptOf(id)?.sentences.map((s) => s.text).join(' ') ?? '';

const section: Section = {
  id: 'diet',
  question: 'Does diet matter?',
  shortAnswer: 'Fibre feeds gut bacteria. They make short-chain fatty acids that calm immune cells in mice.',
  fullAnswer: ['Probiotics help in a few cases. Eating more fibre raised SCFA levels in one trial.', 'Nothing here about it.'],
  evidence: { shortAnswer: 'animals', fullAnswer: ['people', null] },
};

test('sentences end at a full stop before a capital, not inside "C. difficile" or "E. coli"', () => {
  expect(splitSentences('It works for C. difficile infection. Mice given E. coli recovered! Did it? “Yes,” they said.')).toEqual([
    'It works for C. difficile infection.',
    'Mice given E. coli recovered!',
    'Did it?',
    '“Yes,” they said.',
  ]);
});

test('only the sentences that mention a form, with the evidence level of the part each comes from', () => {
  const x = faqExcerpt(section, [
    { text: 'short-chain fatty acid', caseSensitive: false },
    { text: 'SCFA', caseSensitive: true },
  ]);
  expect(x).toEqual({
    via: 'entry',
    sentences: [
      { text: 'They make short-chain fatty acids that calm immune cells in mice.', evidence: 'animals' },
      { text: 'Eating more fibre raised SCFA levels in one trial.', evidence: 'people' },
    ],
  });
});

test('an abbreviation matches in its own case only; words match whole, not inside other words', () => {
  expect(faqExcerpt(section, [{ text: 'scfa', caseSensitive: true }])).toBeNull();
  expect(faqExcerpt(section, [{ text: 'bacteri', caseSensitive: false }])).toBeNull();
});

test('no sentence about the term: its related terms\' sentences, then nothing (the card links the question)', () => {
  const x = faqExcerpt(section, [{ text: 'kimchi', caseSensitive: false }], [{ text: 'probiotic', caseSensitive: false }]);
  expect(x).toEqual({ via: 'related', sentences: [{ text: 'Probiotics help in a few cases.', evidence: 'people' }] });
  expect(faqExcerpt(section, [{ text: 'kimchi', caseSensitive: false }], [{ text: 'sauerkraut', caseSensitive: false }])).toBeNull();
});

test('at most two sentences, the same sentence never twice', () => {
  const twice: Section = { ...section, shortAnswer: 'Fibre is good. Fibre is good. Fibre feeds microbes.', fullAnswer: ['Fibre again, at length.'] };
  expect(faqExcerpt(twice, [{ text: 'fibre', caseSensitive: false }])!.sentences.map((s) => s.text)).toEqual(['Fibre is good.', 'Fibre feeds microbes.']);
});

// The cards readers found off-topic: each now quotes what its answer says about the term.
test('C. diff, synbiotics and stool transplants quote their own sentences, not the answer\'s opening on autoimmune therapies', () => {
  for (const id of ['c-difficile', 'synbiotics', 'fmt']) {
    expect(excerptOf(id)?.via, id).toBe('entry');
    expect(text(id), id).not.toMatch(/most promising therapies/i);
  }
  expect(text('c-difficile')).toMatch(/C\. difficile/);
  expect(text('synbiotics')).toMatch(/synbiotics/);
  expect(text('fmt')).toMatch(/faecal microbiota transplantation/i);
});

test('leaky gut quotes what the answer says about a leaky gut, not what the gut microbiome is', () => {
  expect(text('gut-barrier')).toMatch(/leak/);
  expect(text('gut-barrier')).not.toMatch(/^The gut microbiome is/);
});

test('every built-in entry with a FAQ question gets sentences about it or a close relative, or a link to the question', () => {
  for (const e of g.entries.filter((x) => x.section)) {
    const x = excerptOf(e.id);
    if (x) expect(x.sentences.length, e.id).toBeGreaterThan(0);
  }
  const direct = g.entries.filter((e) => excerptOf(e.id)?.via === 'entry').length;
  // Most entries are named in their own answer; the rest are explained through a relative or linked.
  expect(direct).toBeGreaterThan(g.entries.length / 2);
});
