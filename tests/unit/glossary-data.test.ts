/**
 * The built-in glossary checked like a project convention: every rule an entry must keep,
 * in one place, so a mistake in the data fails the build instead of a reader's page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { builtInEntries, builtInSections } from '../../glossary/builtin';
import { buildGlossary } from '../../glossary/glossary';
import { compileMatcher } from '../../glossary/matcher';
import { aliasKey } from '../../glossary/normalize';
import { crossCheck } from '../../glossary/entry-rules';
import { sharedRuns, wordRuns } from '../../glossary/overlap';
import { fleschKincaidGrade, sentences } from '../../glossary/readability';
import { BuiltInEntrySchema, EntrySchema, formsOf, SectionSchema, unmarkedPhrases } from '../../glossary/schema';

// The spec lives beside the repository; a copy is kept in it so the test runs anywhere.
/** The eight FAQ sections of the seed article, in the article's order. */
const SECTION_IDS = [
  'microbiome-and-immunity',
  'immune-regulation',
  'dysbiosis-and-autoimmunity',
  'gut-brain-axis',
  'germ-free-vs-conventional',
  'key-bacteria',
  'diet-and-probiotics',
  'microbiome-therapies',
];
const SHARED_SPEC = join(import.meta.dirname, '../../../shared/spec/required-entries.md');
const spec = readFileSync(join(import.meta.dirname, '../fixtures/required-entries.md'), 'utf8');

test('the copy of the spec matches the spec, where the spec is present', () => {
  if (existsSync(SHARED_SPEC)) expect(spec).toBe(readFileSync(SHARED_SPEC, 'utf8'));
});
const requiredIds = [...spec.matchAll(/^\| ([a-z0-9-]+) \| .+ \| ([a-z-]+) \|$/gm)].map((m) => ({ id: m[1]!, section: m[2]! }));
const entries = builtInEntries.map((e) => v.parse(EntrySchema, e));
const byId = new Map(entries.map((e) => [e.id, e]));

test('the spec lists 62 required entries (guards the parsing above)', () => {
  expect(requiredIds).toHaveLength(62);
});

test('every required entry is present, in the FAQ section the spec gives', () => {
  for (const { id, section } of requiredIds) {
    expect(byId.get(id), id).toBeDefined();
    expect(byId.get(id)!.section, id).toBe(section);
  }
});

test('the eight FAQ sections, in the article order, each valid', () => {
  expect(builtInSections.map((s) => s.id)).toEqual([...SECTION_IDS]);
  for (const s of builtInSections) v.parse(SectionSchema, s);
});

test('every entry satisfies the schema (kebab-case id, plain-text lengths, at least 2-character forms)', () => {
  for (const e of builtInEntries) {
    const r = v.safeParse(EntrySchema, e);
    expect(r.success ? [] : r.issues.map((i) => `${e.id}: ${v.getDotPath(i)} ${i.message}`)).toEqual([]);
  }
});

test('ids are unique, references resolve, and no form belongs to two entries', () => {
  expect(crossCheck(entries, SECTION_IDS)).toEqual([]);
  expect(() => buildGlossary(builtInEntries, builtInSections)).not.toThrow();
});

test('every FAQ section explains at least one entry', () => {
  for (const id of SECTION_IDS) expect(entries.some((e) => e.section === id), id).toBe(true);
});

test('every entry has a definition of one or two sentences, a reason for it, related entries and other forms', () => {
  for (const e of entries) {
    expect(sentences(e.definition).length, `${e.id} definition: one or two sentences`).toBeGreaterThanOrEqual(1);
    expect(sentences(e.definition).length, `${e.id} definition: one or two sentences`).toBeLessThanOrEqual(2);
    expect(e.whyItMatters, `${e.id} whyItMatters`).toBeTruthy();
    expect(e.related.length, `${e.id} related`).toBeGreaterThanOrEqual(2);
    expect(formsOf(e).length, `${e.id} forms`).toBeGreaterThanOrEqual(2);
  }
});

test('short answers have two or three sentences', () => {
  for (const s of builtInSections) {
    const n = sentences(s.shortAnswer).length;
    expect(n, s.id).toBeGreaterThanOrEqual(2);
    expect(n, s.id).toBeLessThanOrEqual(3);
  }
});

test('every short abbreviation is case-sensitive, and every excluded form really is left out', () => {
  for (const e of entries) {
    for (const alias of e.aliases) expect(/^[A-Z0-9-]{2,4}s?$/.test(alias), `${e.id}: "${alias}" looks like an abbreviation`).toBe(false);
    const keys = new Set(formsOf(e).map((f) => aliasKey(f.text)));
    for (const x of e.excluded) expect(keys.has(aliasKey(x.form)), `${e.id}: excluded "${x.form}" is still a form`).toBe(false);
  }
});

describe('related entries', () => {
  test('dysbiosis leads to SCFAs, and SCFAs to Tregs', () => {
    expect(byId.get('dysbiosis')!.related).toContain('scfas');
    expect(byId.get('scfas')!.related).toContain('tregs');
  });
});

describe('plain to read', () => {
  const grades = entries.map((e) => ({ id: e.id, grade: fleschKincaidGrade(e.definition) }));

  test('no definition reads above grade 13 (Flesch–Kincaid)', () => {
    expect(grades.filter((g) => g.grade > 13)).toEqual([]);
  });

  test('definitions average grade 10 or lower', () => {
    const average = grades.reduce((sum, g) => sum + g.grade, 0) / grades.length;
    expect(average).toBeLessThanOrEqual(10);
  });

  test('the entries the issue names carry a precise version for students', () => {
    for (const id of ['tregs', 'dysbiosis', 'probiotics']) expect(byId.get(id)!.detail, id).toBeTruthy();
  });
});

describe('honest about evidence', () => {
  test('every built-in entry whose "why it matters" makes a claim carries its evidence level', () => {
    const problems = builtInEntries.flatMap((e) => {
      const r = v.safeParse(BuiltInEntrySchema, e);
      return r.success ? [] : r.issues.map((i) => `${e.id}: ${v.getDotPath(i)} ${i.message}`);
    });
    expect(problems).toEqual([]);
    expect(entries.filter((e) => e.whyItMatters !== undefined && e.evidence === undefined).map((e) => e.id)).toEqual([]);
  });

  test('the schema refuses a built-in claim without a level, and a reader’s entry may leave it out', () => {
    const claim = { id: 'x', term: 'xylan', definition: 'A fibre found in the walls of plant cells.', whyItMatters: 'Some gut bacteria feed on it.' };
    const r = v.safeParse(BuiltInEntrySchema, claim);
    expect(r.success).toBe(false);
    expect(r.issues?.map((i) => v.getDotPath(i))).toEqual(['evidence']);
    expect(v.safeParse(EntrySchema, claim).success).toBe(true);
    expect(v.safeParse(EntrySchema, { ...claim, evidence: 'anecdote' }).success).toBe(false);
  });

  test('every FAQ answer gives a level for its short answer and one (or null) per paragraph', () => {
    for (const s of builtInSections) {
      expect(s.evidence.fullAnswer, s.id).toHaveLength(s.fullAnswer.length);
      expect(s.evidence.fullAnswer.some((l) => l !== null), `${s.id}: at least one paragraph makes a claim`).toBe(true);
    }
    const broken = { ...builtInSections[0]!, evidence: { shortAnswer: 'people', fullAnswer: ['people'] } };
    expect(v.safeParse(SectionSchema, broken).success).toBe(false);
  });
});

// The seed article lives beside the repository (../shared), or beside the folder that holds
// this worktree; it is not copied in, so the check runs where the article is present.
const ROOT = join(import.meta.dirname, '../..');
const SEED = [join(ROOT, '../shared/seed/gut-microbiome-immunity-faq.txt'), join(ROOT, '../../shared/seed/gut-microbiome-immunity-faq.txt')].find((p) => existsSync(p));

describe.skipIf(SEED === undefined)('in our own words', () => {
  const runs = SEED === undefined ? new Set<string>() : wordRuns(readFileSync(SEED, 'utf8'), 8);

  test('the seed was read (guards the check below)', () => {
    expect(runs.size).toBeGreaterThan(1000);
    expect(sharedRuns('Peyer’s patches (lymphoid nodules embedded in the gut wall) produce high levels', runs, 8)).toEqual([
      'peyers patches lymphoid nodules embedded in the gut wall produce high levels',
    ]);
  });

  test('no text shares 8 or more consecutive words with the seed article (question headings aside)', () => {
    const texts: [string, string][] = [];
    for (const e of entries) {
      texts.push([`${e.id}.definition`, e.definition]);
      if (e.detail) texts.push([`${e.id}.detail`, e.detail]);
      if (e.whyItMatters) texts.push([`${e.id}.whyItMatters`, e.whyItMatters]);
      e.excluded.forEach((x, i) => texts.push([`${e.id}.excluded[${i}]`, x.reason]));
    }
    for (const s of builtInSections) {
      texts.push([`${s.id}.shortAnswer`, s.shortAnswer]);
      s.fullAnswer.forEach((p, i) => texts.push([`${s.id}.fullAnswer[${i}]`, p]));
    }
    expect(texts.flatMap(([where, t]) => sharedRuns(t, runs, 8).map((run) => `${where}: "${run}"`))).toEqual([]);
  });
});

describe('the right card, or none, through the real matcher', () => {
  const matcher = compileMatcher(buildGlossary(builtInEntries, builtInSections).matchEntries);
  const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.id]);

  test.each([
    // Whole phrases that used to open the wrong card, or none.
    ['faecal microbiota transfer', [['faecal microbiota transfer', 'fmt']]],
    ['a fecal microbiota transfers trial', [['fecal microbiota transfers', 'fmt']]],
    ['germfree mice and germfree rats', [['germfree mice', 'germ-free-animals'], ['germfree rats', 'germ-free-animals']]],
    ['TH-17 and T helper 17 responses', [['TH-17', 'th17-cells'], ['T helper 17', 'th17-cells']]],
    ['Lacticaseibacillus rhamnosus GG', [['Lacticaseibacillus', 'lactobacillus']]],
    ['Lactiplantibacillus plantarum and Limosilactobacillus reuteri', [['Lactiplantibacillus', 'lactobacillus'], ['Limosilactobacillus', 'lactobacillus']]],
    ['inflammatory anergy, or inflammation anergy', [['inflammatory anergy', 'inflammation-anergy'], ['inflammation anergy', 'inflammation-anergy']]],
    // Lay forms.
    ['C. diff, c.diff, C.Diff, C DIFF and c-diff', [['C. diff', 'c-difficile'], ['c.diff', 'c-difficile'], ['C.Diff', 'c-difficile'], ['C DIFF', 'c-difficile'], ['c-diff', 'c-difficile']]],
    ['C. Difficile colitis', [['C. Difficile', 'c-difficile']]],
    ['poop pills and poo pills', [['poop pills', 'fmt'], ['poo pills', 'fmt']]],
    ['a probiotic with a prebiotic', [['probiotic', 'probiotics'], ['prebiotic', 'prebiotics']]],
    // Added entries.
    ['inflammation of the gut', [['inflammation', 'inflammation']]],
    ['an anti-inflammatory drug', []],
    ['inflammatory bowel disease', [['inflammatory bowel disease', 'ibd']]],
    ['the immune system and the innate immune system', [['immune system', 'immune-system'], ['innate immune system', 'innate-immunity']]],
    ['secretory IgA and sIgA', [['secretory IgA', 'iga'], ['sIgA', 'iga']]],
    ['Toll-like receptors such as TLR4 sense LPS', [['Toll-like receptors', 'toll-like-receptors'], ['TLR4', 'toll-like-receptors'], ['LPS', 'lps']]],
    ['lipopolysaccharide (endotoxin)', [['lipopolysaccharide', 'lps'], ['endotoxin', 'lps']]],
    ['FOXP3+ Tregs and Foxp3 expression', [['FOXP3', 'foxp3'], ['Tregs', 'tregs'], ['Foxp3', 'foxp3']]],
    ['tight junctions under the mucus layer', [['tight junctions', 'tight-junctions'], ['mucus layer', 'mucus-layer']]],
    ['Faecalibacterium prausnitzii (F. prausnitzii)', [['Faecalibacterium prausnitzii', 'faecalibacterium-prausnitzii'], ['F. prausnitzii', 'faecalibacterium-prausnitzii']]],
    ['Akkermansia muciniphila, or Akkermansia', [['Akkermansia muciniphila', 'akkermansia'], ['Akkermansia', 'akkermansia']]],
    ['faecal calprotectin was raised', [['calprotectin', 'calprotectin']]],
    ['SIBO, or small intestinal bacterial overgrowth', [['SIBO', 'sibo'], ['small intestinal bacterial overgrowth', 'sibo']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    // Phrases that hold a form of an entry but mean something else: no card at all.
    'lupus anticoagulant',
    'cutaneous lupus erythematosus',
    'discoid lupus erythematosus',
    'Canis lupus',
    'lupus vulgaris',
    'IgA nephropathy',
  ])('%s: no card', (text) => {
    expect(found(text)).toEqual([]);
  });

  test('the phrases left unmarked are exactly these (an excluded phrase that holds an own form becomes one)', () => {
    expect(entries.flatMap((e) => unmarkedPhrases(e).map((p) => `${e.id}: ${p.text}`))).toEqual([
      'iga: IgA nephropathy',
      'lupus: lupus anticoagulant',
      'lupus: cutaneous lupus erythematosus',
      'lupus: discoid lupus erythematosus',
      'lupus: lupus vulgaris',
      'lupus: Canis lupus',
    ]);
  });

  test('lupus itself still opens the lupus card, next to a phrase left unmarked', () => {
    expect(found('Lupus, or systemic lupus erythematosus, is not the lupus anticoagulant')).toEqual([
      ['Lupus', 'lupus'],
      ['systemic lupus erythematosus', 'lupus'],
    ]);
  });

  test('"suppressor T cells" is not a name of regulatory T cells', () => {
    expect(found('suppressor T cells').map(([, id]) => id)).not.toContain('tregs');
  });

  test('an entry of the reader’s that claims an unmarked phrase wins over the rule', () => {
    const mine = { id: 'lupus-anticoagulant', term: 'lupus anticoagulant', definition: 'An antibody in the blood that makes clots more likely.' };
    const m = compileMatcher(buildGlossary([...builtInEntries, mine], builtInSections).matchEntries);
    expect(m.find('lupus anticoagulant').map((x) => x.id)).toEqual(['lupus-anticoagulant']);
  });
});
