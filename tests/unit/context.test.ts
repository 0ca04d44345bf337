/** Context rules on the real glossary: another microbiome, look-alikes, and ambiguous words that need a page about our topics. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { isAmbiguousForm, refusedByContext } from '../../glossary/context';
import { buildGlossary } from '../../glossary/glossary';
import { compileMatcher } from '../../glossary/matcher';
import { learnPageTerms, withPageTerms } from '../../glossary/page-terms';

const glossary = compileMatcher(buildGlossary(builtInEntries, builtInSections).matchEntries);

/** [text, id] of every highlight when `text` is the whole page. */
function highlights(text: string): [string, string][] {
  const m = withPageTerms(glossary, learnPageTerms(text, glossary));
  return m.find(text).map((x) => [text.slice(x.start, x.end), x.id]);
}
const IMMUNITY = ' Regulatory T cells and dendritic cells keep the immune system tolerant of commensal bacteria.';

describe('another microbiome is not the gut microbiome', () => {
  test.each([
    'The skin microbiome changes with age.',
    'Oral microbiota differ between smokers.',
    'the vaginal microbiome of pregnant women',
    'Soil microbiomes store carbon.',
    'ocean microbiota fix nitrogen',
    "the skin's microbiome",
    'the microbiome of the mouth',
    'the microbiota of the lungs',
    'skin-microbiome research',
  ])('%s', (text) => {
    expect(highlights(text).filter(([, id]) => id === 'gut-microbiome')).toEqual([]);
  });

  test('unqualified and gut forms keep the card', () => {
    expect(highlights('The microbiome changes with age.')).toEqual([['microbiome', 'gut-microbiome']]);
    expect(highlights('The skin microbiome and the gut microbiome differ.')).toEqual([['gut microbiome', 'gut-microbiome']]);
    expect(highlights('intestinal microbiota and the human microbiome')).toEqual([
      ['intestinal microbiota', 'gut-microbiome'],
      ['microbiome', 'gut-microbiome'],
    ]);
  });
});

describe('look-alikes in ordinary text', () => {
  test.each([
    ['The grey wolf, Canis lupus, hunts in packs.', 'a wolf'],
    ['Frames of cellulose acetate are light.', 'a plastic'],
    ['An acetate fabric drapes well.', 'a fabric'],
    ['Ethyl butyrate smells of pineapple.', 'a flavouring'],
    ['IBS Software reported higher revenue this quarter.', "a company's initials"],
    ['Lupus is a constellation in the southern sky.', 'a constellation'],
    ['Paraprobiotics and para-probiotics are different concepts.', 'a para- concept'],
  ])('%s (%s): nothing marked', (text) => {
    expect(highlights(text)).toEqual([]);
  });

  test('the same ambiguous word on a page about immunity is marked', () => {
    expect(highlights(`Lupus flares.${IMMUNITY}`).map(([t]) => t)).toContain('Lupus');
    expect(highlights(`IBS and bloating.${IMMUNITY}`).map(([t]) => t)).toContain('IBS');
    expect(highlights('Gut bacteria make acetate, propionate and butyrate.').map(([t]) => t)).toEqual([
      'Gut bacteria',
      'acetate',
      'propionate',
      'butyrate',
    ]);
  });

  test('a page that names the same entry in full confirms its initials', () => {
    expect(highlights('Irritable bowel syndrome (IBS) is common; IBS symptoms vary.').map(([t]) => t)).toEqual([
      'Irritable bowel syndrome',
      'IBS',
      'IBS',
    ]);
  });

  test('a compound name stays refused even on a page about immunity', () => {
    expect(highlights(`Canis lupus.${IMMUNITY}`).map(([t]) => t)).not.toContain('lupus');
  });
});

describe('a word the glossary leaves out counts on a page about its subject', () => {
  test('"fibre" on a page about diet is dietary fibre', () => {
    expect(highlights('Eat more fibre: it feeds the gut bacteria that make butyrate.')).toEqual([
      ['fibre', 'dietary-fibre'],
      ['gut bacteria', 'gut-microbiome'],
      ['butyrate', 'butyrate'],
    ]);
    expect(highlights('Dietary fiber matters. Most people eat too little fiber.').map(([t, id]) => `${t}:${id}`)).toEqual([
      'Dietary fiber:dietary-fibre',
      'fiber:dietary-fibre',
    ]);
  });
  test.each([
    'Fibre broadband is coming to the village.',
    'Optical fibre carries light; carbon fibre makes frames stiff.',
    'Eat more fibre, the nutritionist said.',
  ])('%s: not marked', (text) => {
    expect(highlights(text).filter(([t]) => /fib/i.test(t))).toEqual([]);
  });
  test('optical fibre stays optical on a page about diet', () => {
    expect(highlights('Fibre feeds gut bacteria that make butyrate; optical fibre carries light.').map(([t]) => t)).toEqual([
      'Fibre',
      'gut bacteria',
      'butyrate',
    ]);
  });
});

test('what is ambiguous', () => {
  for (const f of ['IBS', 'NGS', 'FMTs', 'lupus', 'Acetate']) expect(isAmbiguousForm(f)).toBe(true);
  for (const f of ['Tregs', 'IL-10', 'Th17', 'butyrate', 'dysbiosis', 'T1D']) expect(isAmbiguousForm(f)).toBe(false);
  expect(refusedByContext('the skin microbiome', 9, 19)).toBe(true);
  expect(refusedByContext('the gut microbiome', 4, 18)).toBe(false);
});

test('property: evidence of the topic never takes a highlight away', () => {
  const pieces = ['IBS', 'lupus', 'acetate', 'microbiome', 'skin', 'Canis', 'the', 'dysbiosis', 'NGS', 'FMT', 'para-', 'of the mouth', ','];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (words) => {
      const text = words.join(' ');
      const alone = highlights(text);
      const withTopic = highlights(text + IMMUNITY).filter(([t]) => !IMMUNITY.includes(t) || text.includes(t));
      for (const h of alone) expect(withTopic).toContainEqual(h);
    }),
  );
});
